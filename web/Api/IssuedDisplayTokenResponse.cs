namespace CommandCenter.Web.Api;

public sealed record IssuedDisplayTokenResponse(string Id, string Name, string? CampaignId, string Token, string? WallUrl);
