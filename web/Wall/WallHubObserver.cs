using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>This web host's observer: passes campaign changes and wall commands on to its hub clients.</summary>
internal sealed class WallHubObserver(WallFrames frames, IHubContext<WallHub> hub, DisplayConnections displays, CommandCenter.Web.Cases.CaseFeed cases, CommandCenter.Web.Assessment.StandingsFeed standings) : IWallObserver
{
    public Task OnChange(WallChange change)
    {
        frames.Add(WallRedaction.Of(change));
        standings.Touch(change.CampaignId);
        return Task.CompletedTask;
    }

    public Task OnChanges(IReadOnlyList<WallChange> changes)
    {
        foreach (var change in changes)
        {
            frames.Add(WallRedaction.Of(change));
        }

        if (changes.Count > 0)
        {
            standings.Touch(changes[0].CampaignId);
        }

        return Task.CompletedTask;
    }

    public Task OnSnapshot(CampaignSnapshot snapshot)
    {
        _ = hub.Clients.Group(WallGroups.Of(snapshot.Id)).SendAsync(WallMessages.Snapshot, WallRedaction.Of(snapshot));
        return Task.CompletedTask;
    }

    public Task OnCaseChange(CaseWallChange change)
    {
        _ = hub.Clients.Group(WallGroups.Of(change.CampaignId)).SendAsync(WallMessages.CaseChanged, change);
        cases.Publish(change);
        standings.Touch(change.CampaignId);
        return Task.CompletedTask;
    }

    public Task OnReportsChanged(string campaignId)
    {
        _ = hub.Clients.Group(WallGroups.Of(campaignId)).SendAsync(WallMessages.ReportsChanged);
        standings.Touch(campaignId);
        return Task.CompletedTask;
    }

    public Task OnStandingsChanged(string campaignId)
    {
        standings.Touch(campaignId);
        return Task.CompletedTask;
    }

    public Task OnReload(string campaignId)
    {
        _ = hub.Clients.Group(WallGroups.Of(campaignId)).SendAsync(WallMessages.Reload);
        return Task.CompletedTask;
    }

    public Task OnDisplayTokenRevoked(string tokenId)
    {
        _ = displays.Revoke(tokenId);
        return Task.CompletedTask;
    }
}
