using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;
namespace CommandCenter.Web.Wall;

/// <summary>This web host's observer: passes campaign changes and wall commands on to its hub clients.</summary>
internal sealed class WallHubObserver(WallFrames frames, WallScreens screens, DisplayConnections displays, CommandCenter.Web.Features.Cases.CaseFeed cases, CommandCenter.Web.Features.Assessment.StandingsFeed standings) : IWallObserver
{
    public Task OnChange(WallChange change)
    {
        frames.Add(change);
        standings.Touch(change.CampaignId);
        return Task.CompletedTask;
    }

    public Task OnChanges(IReadOnlyList<WallChange> changes)
    {
        foreach (var change in changes)
        {
            frames.Add(change);
        }

        if (changes.Count > 0)
        {
            standings.Touch(changes[0].CampaignId);
        }

        return Task.CompletedTask;
    }

    public Task OnSnapshot(CampaignSnapshot snapshot)
    {
        screens.Send(snapshot.Id, nameof(W.IWallClient.Snapshot), snapshot);
        return Task.CompletedTask;
    }

    public Task OnCaseChange(CaseWallChange change)
    {
        screens.Send(change.CampaignId, nameof(W.IWallClient.CaseChanged), change);
        cases.Publish(change);
        standings.Touch(change.CampaignId);
        return Task.CompletedTask;
    }

    public Task OnReportsChanged(string campaignId)
    {
        screens.Send(campaignId, nameof(W.IWallClient.ReportsChanged));
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
        screens.Send(campaignId, nameof(W.IWallClient.Reload));
        return Task.CompletedTask;
    }

    public Task OnDisplayTokenRevoked(string tokenId)
    {
        _ = displays.Revoke(tokenId);
        return Task.CompletedTask;
    }
}
