namespace CommandCenter.Web.Api;

public sealed record ImportedCampaign(string Id, int Tasks);
