namespace CommandCenter.Wall.Contracts;

/// <summary>
/// What a screen may invoke on <c>/hubs/wall</c> (the server's hub implements it; the screen invokes with
/// <c>nameof(IWallHub.X)</c>). Every method refuses an unknown campaign, or one the screen's token is not for, with a
/// hub error "Unknown campaign.".
/// </summary>
public interface IWallHub
{
    /// <summary>Joins the campaign's screens and receives a <see cref="IWallClient.Snapshot"/>, then frames.</summary>
    Task Subscribe(string campaignId);

    /// <summary>Joins the campaign and receives the changes after <paramref name="sequence"/>, or a snapshot when they are gone.</summary>
    Task Resume(string campaignId, long sequence);

    /// <summary>This week's weekly-report status per lead unit.</summary>
    Task<WeekReports?> Reports(string campaignId);

    /// <summary>The campaign's grids with their counts, the totals and the latest reported cases.</summary>
    Task<GridBoard> Grids(string campaignId);

    /// <summary>The campaign's open supervision notices with their stage as of now.</summary>
    Task<IReadOnlyList<SupervisionNotice>> Notices(string campaignId);

    /// <summary>The open period's unit, grid and district standings.</summary>
    Task<StandingsBoard?> Standings(string campaignId);

    /// <summary>The map page's grids with their boundaries and the open cases that have a position.</summary>
    Task<MapData> Map(string campaignId);

    Task Unsubscribe(string campaignId);
}
