namespace CommandCenter.Web.Features.Map;

public static class MapExtensions
{
    /// <summary>The map pages' reads (<see cref="GridMaps"/>).</summary>
    public static WebApplicationBuilder AddMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GridMaps>();
        return builder;
    }

    public static WebApplication MapMap(this WebApplication app)
    {
        app.MapMapApi();
        return app;
    }
}
