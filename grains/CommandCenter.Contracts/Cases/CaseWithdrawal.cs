namespace CommandCenter.Cases;

/// <summary>A request to withdraw a case (作废): by its reporter within the first hour, or by the office at any time.</summary>
[GenerateSerializer, Immutable, Alias("CaseWithdrawal")]
public sealed record CaseWithdrawal
{
    [Id(0)] public required string Reason { get; init; }
    [Id(1)] public required string By { get; init; }
    /// <summary>The office may withdraw at any time; anyone else only their own report within <see cref="CaseWithdrawal.ReporterWindow"/>.</summary>
    [Id(2)] public bool AnyTime { get; init; }

    /// <summary>How long after reporting a case its reporter may still withdraw it.</summary>
    public static readonly TimeSpan ReporterWindow = TimeSpan.FromHours(1);
}
