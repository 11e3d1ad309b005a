namespace CommandCenter.Supervision;

/// <summary>A supervision notice (督办通知): the office orders a unit to fix a task or case by a deadline.</summary>
public sealed record SupervisionNotice
{
    public required string Id { get; init; }
    public required string Unit { get; init; }
    public required NoticeSubject Subject { get; init; }
    /// <summary>The task or case id.</summary>
    public required string SubjectId { get; init; }
    public required string Title { get; init; }
    public string Content { get; init; } = "";
    public required DateTimeOffset IssuedAt { get; init; }
    public required string IssuedBy { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required NoticeStatus Status { get; init; }
    /// <summary>1 when issued; each escalation adds 1.</summary>
    public int Level { get; init; } = 1;
    public string? Answer { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public IReadOnlyList<NoticeStep> Steps { get; init; } = [];
    /// <summary>Computed from the clock when read.</summary>
    public NoticeStage Stage { get; init; }
    public string? CampaignId { get; init; }
}
