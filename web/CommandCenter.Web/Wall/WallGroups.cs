namespace CommandCenter.Web.Wall;

internal static class WallGroups
{
    public static string Of(string campaignId) => "campaign:" + campaignId;
}
