namespace CommandCenter.Briefings;

/// <summary>What is stored of a campaign's briefings: each week's edits (keyed by its Monday, yyyy-MM-dd) and revisions, and the last issue number used.</summary>
public sealed class BriefingsState
{
    public Dictionary<string, BriefingEdits> Edits { get; set; } = [];

    /// <summary>Every published revision of each week, oldest first; entries are only ever appended.</summary>
    public Dictionary<string, List<PublishedBriefing>> Published { get; set; } = [];

    public int LastNumber { get; set; }
}
