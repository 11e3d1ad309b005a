namespace CommandCenter.Web.Features.Displays;

public sealed record IssuedDisplayTokenResponse(string Id, string Name, string? CampaignId, string Token, string? WallUrl);
