namespace CommandCenter.Supervision;

/// <summary>The durable state of the notice directory: the latest copy of every notice.</summary>
public sealed class NoticeDirectoryState
{
    public Dictionary<string, SupervisionNotice> Notices { get; set; } = [];
}
