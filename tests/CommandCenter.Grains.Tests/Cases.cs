namespace CommandCenter.Grains.Tests;

/// <summary>Grids and cases for grain tests.</summary>
internal static class Cases
{
    public static async Task<IGridGrain> Grid(IClusterClient client, string code, string? campaignId = null)
    {
        var grid = new GridDefinition { Code = code, Name = "网格 " + code, District = "城北街道", GridHead = "张三", CampaignId = campaignId };
        await client.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Register([grid]);
        var grain = client.GetGrain<IGridGrain>(code);
        await grain.Define(grid);
        return grain;
    }

    public static NewCase RoadCleaning(string gridCode) => new()
    {
        GridCode = gridCode, Category = "市容环境", Subcategory = "道路保洁", Source = CaseSource.Patrol, Description = "路面有垃圾", By = "grid-head",
    };

    /// <summary>A transition that must be taken.</summary>
    public static Task<CaseView> Go(IClusterClient client, string caseId, CaseStatus to, string? unit = null, string by = "someone") =>
        Try(client, caseId, to, unit, by).Accepted();

    public static Task<Outcome<CaseView>> Try(IClusterClient client, string caseId, CaseStatus to, string? unit = null, string by = "someone") =>
        client.GetGrain<ICaseGrain>(caseId).Transition(new CaseTransition { To = to, Unit = unit, By = by });

    public static async Task<CaseStats> Stats(IGridGrain grid) => (await grid.GetRow())!.Stats;
}
