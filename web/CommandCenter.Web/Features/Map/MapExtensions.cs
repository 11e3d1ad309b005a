namespace CommandCenter.Web.Features.Map;

public static class MapExtensions
{
    /// <summary>The map pages' reads (<see cref="GridMaps"/>).</summary>
    public static WebApplicationBuilder AddCommandCenterMap(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GridMaps>();
        return builder;
    }
}
