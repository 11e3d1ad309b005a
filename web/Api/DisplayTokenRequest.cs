namespace CommandCenter.Web.Api;

public sealed record DisplayTokenRequest(string? Name, string? CampaignId);
