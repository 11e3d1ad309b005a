using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>SignalR's in-memory lifetime manager for the wall hub, which also hands each connection to <see cref="WallScreens"/>.</summary>
public sealed class WallLifetimeManager(WallScreens screens, ILogger<DefaultHubLifetimeManager<WallHub>> logger) : DefaultHubLifetimeManager<WallHub>(logger)
{
    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        screens.Connected(connection);
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        screens.Disconnected(connection.ConnectionId);
        return base.OnDisconnectedAsync(connection);
    }
}
