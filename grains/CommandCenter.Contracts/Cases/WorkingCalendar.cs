namespace CommandCenter.Cases;

/// <summary>
/// When the city's offices work: the periods of a working day, the working weekdays, public holidays and the
/// weekend days worked instead (调休), all in <see cref="TimeZone"/>. Case time limits count only this time.
/// </summary>
[GenerateSerializer, Immutable, Alias("WorkingCalendar")]
public sealed record WorkingCalendar
{
    [Id(0)] public string TimeZone { get; init; } = "Asia/Shanghai";

    [Id(1)]
    public IReadOnlyList<WorkingPeriod> Periods { get; init; } =
    [
        new() { Start = new(9, 0), End = new(12, 0) },
        new() { Start = new(13, 30), End = new(18, 0) },
    ];

    [Id(2)]
    public IReadOnlyList<DayOfWeek> WorkingDays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Days off although they fall on a working weekday (法定节假日).</summary>
    [Id(3)] public IReadOnlyList<DateOnly> Holidays { get; init; } = [];

    /// <summary>Weekend days that are worked (调休上班).</summary>
    [Id(4)] public IReadOnlyList<DateOnly> ExtraWorkingDays { get; init; } = [];

    /// <summary>The default for a campaign in <paramref name="timeZone"/>: 09:00–12:00 and 13:30–18:00, Monday to Friday.</summary>
    public static WorkingCalendar Default(string timeZone) => new() { TimeZone = timeZone };
}
