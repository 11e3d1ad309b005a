using CommandCenter.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// <c>/hubs/wall</c>: a screen invokes <c>Subscribe(campaignId)</c> and receives <c>Snapshot</c>, then <c>Change</c>
/// messages. See docs/HUB-PROTOCOL.md.
/// </summary>
public sealed class WallHub(IGrainFactory grains) : Hub
{
    public const string Path = "/hubs/wall";

    public async Task Subscribe(string campaignId)
    {
        if (!Ids.IsValid(campaignId))
        {
            throw new HubException("Unknown campaign.");
        }

        // Join first, then read: a change that lands in between arrives twice at worst, never not at all.
        await Groups.AddToGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId));
        var snapshot = await grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot();
        if (snapshot is null)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId));
            throw new HubException("Unknown campaign.");
        }

        await Clients.Caller.SendAsync(WallMessages.Snapshot, snapshot);
    }

    public Task Unsubscribe(string campaignId) =>
        Ids.IsValid(campaignId) ? Groups.RemoveFromGroupAsync(Context.ConnectionId, WallGroups.Of(campaignId)) : Task.CompletedTask;
}
