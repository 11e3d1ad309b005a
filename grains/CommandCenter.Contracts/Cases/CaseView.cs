using CommandCenter.Wall;

namespace CommandCenter.Cases;

/// <summary>A case (事件/部件) as the API and the wall show it.</summary>
[GenerateSerializer, Immutable, Alias("CaseView")]
public sealed record CaseView
{
    /// <summary>Photos one case may hold (the step evidence of a whole lifecycle fits easily); the case grain refuses more.</summary>
    public const int MaxPhotos = 30;

    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string GridCode { get; init; }
    [Id(2)] public string? CampaignId { get; init; }
    [Id(3)] public required string Category { get; init; }
    [Id(4)] public required string Subcategory { get; init; }
    [Id(5)] public required CaseSource Source { get; init; }
    [Id(6)] public required string Description { get; init; }
    [Id(7)] public string Location { get; init; } = "";
    [Id(8)] public required CaseStatus Status { get; init; }
    [Id(9)] public string? Unit { get; init; }
    [Id(10)] public required DateTimeOffset ReportedAt { get; init; }
    [Id(11)] public required string ReportedBy { get; init; }
    [Id(12)] public required TimeLimit Limit { get; init; }
    /// <summary>When the time limit runs out, counted in working time from <see cref="ReportedAt"/>.</summary>
    [Id(13)] public required DateTimeOffset Deadline { get; init; }
    /// <summary>Set by the grid's overdue check once the deadline passed with the case still open.</summary>
    [Id(14)] public bool Overdue { get; init; }
    [Id(15)] public DateTimeOffset? ClosedAt { get; init; }
    [Id(16)] public bool ClosedOnTime { get; init; }
    [Id(17)] public string? Verifier { get; init; }
    [Id(18)] public int ReworkCount { get; init; }
    [Id(19)] public bool Handled { get; init; }
    [Id(20)] public IReadOnlyList<long> PhotoIds { get; init; } = [];
    [Id(21)] public IReadOnlyList<CaseStep> Steps { get; init; } = [];
    [Id(22)] public int Version { get; init; }
    /// <summary>Where the case was found (WGS 84 degrees), if the reporter gave a position.</summary>
    [Id(23)] public double? Latitude { get; init; }
    [Id(24)] public double? Longitude { get; init; }
    /// <summary>Why the case was withdrawn (作废), when it was.</summary>
    [Id(25)] public string? WithdrawnReason { get; init; }

    public bool IsOpen => Status is not (CaseStatus.Closed or CaseStatus.NotAccepted or CaseStatus.Withdrawn);

    /// <summary>The case as the wall's ticker shows it at <paramref name="at"/>.</summary>
    public CaseTick Tick(DateTimeOffset at) => new()
    {
        Id = Id, GridCode = GridCode, Category = Category, Subcategory = Subcategory, Status = Status, Unit = Unit, Overdue = IsOpen && Overdue, At = at,
    };
}
