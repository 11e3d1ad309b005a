namespace CommandCenter.Supervision;

/// <summary>A supervision notice (督办通知): the office orders a unit to fix a task or case by a deadline.</summary>
[GenerateSerializer, Immutable, Alias("SupervisionNotice")]
public sealed record SupervisionNotice
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Unit { get; init; }
    [Id(2)] public required NoticeSubject Subject { get; init; }
    /// <summary>The task or case id.</summary>
    [Id(3)] public required string SubjectId { get; init; }
    [Id(4)] public required string Title { get; init; }
    [Id(5)] public string Content { get; init; } = "";
    [Id(6)] public required DateTimeOffset IssuedAt { get; init; }
    [Id(7)] public required string IssuedBy { get; init; }
    [Id(8)] public required DateTimeOffset Deadline { get; init; }
    [Id(9)] public required NoticeStatus Status { get; init; }
    /// <summary>1 when issued; each escalation adds 1.</summary>
    [Id(10)] public int Level { get; init; } = 1;
    [Id(11)] public string? Answer { get; init; }
    [Id(12)] public DateTimeOffset? AnsweredAt { get; init; }
    [Id(13)] public IReadOnlyList<NoticeStep> Steps { get; init; } = [];
    /// <summary>Computed from the clock when read.</summary>
    [Id(14)] public NoticeStage Stage { get; init; }
    [Id(15)] public string? CampaignId { get; init; }
}
