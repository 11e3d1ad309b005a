namespace CommandCenter.Wall;

/// <summary>Implemented once per web host; receives every campaign change and forwards it to that host's hub clients.</summary>
[Alias("IWallObserver")]
public interface IWallObserver : IGrainObserver
{
    [OneWay, Alias("OnChange")]
    Task OnChange(WallChange change);

    /// <summary>Several changes of one campaign, in sequence.</summary>
    [OneWay, Alias("OnChanges")]
    Task OnChanges(IReadOnlyList<WallChange> changes);

    /// <summary>
    /// The campaign's plan changed (lines, tasks, dates): screens replace what they show with this snapshot, which
    /// starts a new run of sequence numbers.
    /// </summary>
    [OneWay, Alias("OnSnapshot")]
    Task OnSnapshot(CommandCenter.Campaigns.CampaignSnapshot snapshot);

    /// <summary>A weekly report of the campaign was submitted or returned: screens refresh their report page.</summary>
    [OneWay, Alias("OnReportsChanged")]
    Task OnReportsChanged(string campaignId);

    /// <summary>A case of the campaign changed, or a grid's counts did: screens update the grid page and the case ticker.</summary>
    [OneWay, Alias("OnCaseChange")]
    Task OnCaseChange(CaseWallChange change);

    /// <summary>An assessment input the cluster does not otherwise announce changed (an adjustment, an event, a notice, a publication): standings are recomputed.</summary>
    [OneWay, Alias("OnStandingsChanged")]
    Task OnStandingsChanged(string campaignId);

    /// <summary>Every screen of the campaign should reload its page.</summary>
    [OneWay, Alias("OnReload")]
    Task OnReload(string campaignId);

    /// <summary>A display token was revoked: screens using it must be disconnected.</summary>
    [OneWay, Alias("OnDisplayTokenRevoked")]
    Task OnDisplayTokenRevoked(string tokenId);
}
