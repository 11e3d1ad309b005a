namespace CommandCenter.Web.Features.Displays;

/// <summary>A display token as listed: never its secret.</summary>
public sealed record DisplayTokenResponse(string Id, string Name, string? CampaignId, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt);
