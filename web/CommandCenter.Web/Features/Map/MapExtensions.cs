namespace CommandCenter.Web.Features.Map;

public static class MapExtensions
{
    public static WebApplicationBuilder AddMap(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(GridMaps));

    public static WebApplication MapMap(this WebApplication app) => app.MapEndpoints(MapApi.MapMapApi);
}
