namespace CommandCenter.Web.Features.Campaigns;

public sealed record ImportedCampaign(string Id, int Tasks);
