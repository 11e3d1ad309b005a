using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommandCenter.Web.Wall;

public static class WallExtensions
{
    /// <summary>The wall hub and this host's link into the cluster's change fan-out.</summary>
    public static WebApplicationBuilder AddWall(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton(WallFrameSettings.From(builder.Configuration));
        builder.Services.AddSingleton(WallAccess.From(builder.Configuration));
        builder.Services.AddSingleton<WallFrames>();
        builder.Services.AddSingleton(ScreenSettings.From(builder.Configuration));
        builder.Services.AddSingleton<WallScreens>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.SignalR.HubLifetimeManager<WallHub>, WallLifetimeManager>();
        builder.Services.AddHostedService<ScreenWatchdog>();
        builder.Services.AddSingleton<DisplayConnections>();
        builder.Services.AddSingleton<WallHubObserver>();
        builder.Services.AddHostedService<WallHostRegistration>();
        builder.Services.AddHostedService<WallHeartbeat>();
        return builder;
    }

    public static WebApplication MapWall(this WebApplication app)
    {
        var screens = app.Services.GetRequiredService<ScreenSettings>();
        app.MapHub<WallHub>(WallHub.Path, o => o.ApplicationMaxBufferSize = screens.SendBufferBytes);
        return app;
    }
}
