namespace CommandCenter.Briefings;

/// <summary>The week's supervision notices (督办): issued and answered in the week, and open past their deadline at its end.</summary>
[GenerateSerializer, Immutable, Alias("BriefingNotices")]
public sealed record BriefingNotices
{
    [Id(0)] public required int Issued { get; init; }
    [Id(1)] public required int Answered { get; init; }
    [Id(2)] public required int Overdue { get; init; }
    /// <summary>The overdue notices: "unit: title".</summary>
    [Id(3)] public IReadOnlyList<string> OverdueTitles { get; init; } = [];
}
