namespace CommandCenter.Briefings;

/// <summary>What the office writes into a week's briefing: the editor's note (按语) and the order of highlights.</summary>
[GenerateSerializer, Immutable, Alias("BriefingEdits")]
public sealed record BriefingEdits
{
    public static readonly BriefingEdits None = new();

    [Id(0)] public string EditorNote { get; init; } = "";
    /// <summary>Line-of-effort codes to put first, in this order; the other lines follow in plan order.</summary>
    [Id(1)] public IReadOnlyList<string> Highlights { get; init; } = [];
}
