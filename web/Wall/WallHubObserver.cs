using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>This web host's observer: forwards each campaign change to the hub group of that campaign.</summary>
internal sealed class WallHubObserver(IHubContext<WallHub> hub, WallFeed feed, ILogger<WallHubObserver> logger) : IWallObserver
{
    public Task OnChange(WallChange change)
    {
        feed.Publish(change);
        _ = Forward(change);
        return Task.CompletedTask;
    }

    private async Task Forward(WallChange change)
    {
        try
        {
            await hub.Clients.Group(WallGroups.Of(change.CampaignId)).SendAsync(WallMessages.Change, change);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not forward change {Sequence} of {Campaign}", change.Sequence, change.CampaignId);
        }
    }
}
