using CommandCenter.Tasks;

namespace CommandCenter.Planning.Internal;

/// <summary>The words for target kinds in both languages.</summary>
internal static class TargetKindWords
{
    private static readonly Dictionary<string, TargetKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quantity"] = TargetKind.Quantity,
        ["rate"] = TargetKind.Rate,
        ["milestone"] = TargetKind.Milestone,
        ["ranking"] = TargetKind.Ranking,
        ["数量"] = TargetKind.Quantity,
        ["比率"] = TargetKind.Rate,
        ["百分比"] = TargetKind.Rate,
        ["节点"] = TargetKind.Milestone,
        ["里程碑"] = TargetKind.Milestone,
        ["排名"] = TargetKind.Ranking,
    };

    /// <summary>Reads a target kind word (English, any case, or Chinese); false when it is none of them.</summary>
    public static bool TryParse(string text, out TargetKind kind) => Words.TryGetValue(text.Trim(), out kind);

    /// <summary>The word the writer writes for <paramref name="kind"/> in <paramref name="language"/>.</summary>
    public static string Word(TargetKind kind, TaskTableLanguage language) => (kind, language) switch
    {
        (TargetKind.Quantity, TaskTableLanguage.Chinese) => "数量",
        (TargetKind.Rate, TaskTableLanguage.Chinese) => "比率",
        (TargetKind.Milestone, TaskTableLanguage.Chinese) => "节点",
        (TargetKind.Ranking, TaskTableLanguage.Chinese) => "排名",
        (TargetKind.Quantity, _) => "quantity",
        (TargetKind.Rate, _) => "rate",
        (TargetKind.Milestone, _) => "milestone",
        (TargetKind.Ranking, _) => "ranking",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown target kind."),
    };
}
