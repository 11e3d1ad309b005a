using CommandCenter.Cases;

namespace CommandCenter.Grids;

/// <summary>A case's new state and what it counted for before and after the change, sent by the case to its grid.</summary>
[GenerateSerializer, Immutable, Alias("CaseChange")]
public sealed record CaseChange
{
    [Id(0)] public required CaseView Case { get; init; }
    [Id(1)] public required CaseStats Before { get; init; }
    [Id(2)] public string? BeforeUnit { get; init; }
    [Id(3)] public required CaseStats After { get; init; }
}
