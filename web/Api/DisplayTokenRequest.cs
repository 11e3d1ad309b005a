using CommandCenter.Web.Input;

namespace CommandCenter.Web.Api;

public sealed record DisplayTokenRequest([property: TextField] string? Name, [property: TextField] string? CampaignId);
