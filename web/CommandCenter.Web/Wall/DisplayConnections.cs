using System.Collections.Concurrent;
using CommandCenter.Displays;
using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

/// <summary>The hub connections of this web host that came with a display token, so revoking a token can cut them off.</summary>
public sealed class DisplayConnections(IGrainFactory grains, IHubContext<WallHub, W.IWallClient> hub, ILogger<DisplayConnections> logger)
{
    private readonly ConcurrentDictionary<string, (DisplayToken Token, HubCallerContext Context)> _connections = new();

    /// <summary>Records a connection that came with a display token; false when the token is unknown or revoked.</summary>
    public async Task<bool> Admit(HubCallerContext context, string secret)
    {
        var token = await grains.GetGrain<IDisplayTokenRegistryGrain>(IDisplayTokenRegistryGrain.Key).Find(secret);
        if (token is null)
        {
            logger.LogInformation("Refused a wall connection with an unknown or revoked display token");
            return false;
        }

        _connections[context.ConnectionId] = (token, context);
        return true;
    }

    /// <summary>A display token bound to one campaign shows only that campaign.</summary>
    public bool MayWatch(string connectionId, string campaignId) =>
        !_connections.TryGetValue(connectionId, out var entry) || entry.Token.CampaignId is null || entry.Token.CampaignId == campaignId;

    public void Forget(string connectionId) => _connections.TryRemove(connectionId, out _);

    public async Task Revoke(string tokenId)
    {
        foreach (var (connectionId, entry) in _connections.Where(c => c.Value.Token.Id == tokenId).ToList())
        {
            try
            {
                await hub.Clients.Client(connectionId).Revoked();
            }
            finally
            {
                entry.Context.Abort();
                Forget(connectionId);
            }
        }
    }
}
