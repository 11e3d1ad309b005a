namespace CommandCenter.Cases;

/// <summary>A time limit such as "2 working hours" or "20 working days".</summary>
[GenerateSerializer, Immutable, Alias("TimeLimit")]
public sealed record TimeLimit
{
    [Id(0)] public required int Amount { get; init; }
    [Id(1)] public required TimeLimitUnit Unit { get; init; }

    public static TimeLimit Hours(int amount) => new() { Amount = amount, Unit = TimeLimitUnit.WorkingHours };

    public static TimeLimit Days(int amount) => new() { Amount = amount, Unit = TimeLimitUnit.WorkingDays };

    public override string ToString() => Unit == TimeLimitUnit.WorkingHours ? $"{Amount} 工作小时" : $"{Amount} 工作日";
}
