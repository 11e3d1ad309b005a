namespace CommandCenter.Campaigns;

/// <summary>A campaign as listed in the catalogue.</summary>
[GenerateSerializer, Immutable, Alias("CampaignSummary")]
public sealed record CampaignSummary
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required DateOnly StartDate { get; init; }
    [Id(3)] public required DateOnly EndDate { get; init; }
    [Id(4)] public required string TimeZone { get; init; }
}
