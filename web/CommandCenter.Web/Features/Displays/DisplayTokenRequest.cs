using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Displays;

public sealed record DisplayTokenRequest([property: TextField] string? Name, [property: TextField] string? CampaignId);
