namespace CommandCenter.Web.Features.Grids;

/// <summary>Grids (网格): import, the grid table with live rates, one grid's statistics.</summary>
public static class GridsExtensions
{
    public static WebApplicationBuilder AddGrids(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(GridImporter), typeof(GridDirectory));

    public static WebApplication MapGrids(this WebApplication app) => app.MapEndpoints(GridsApi.MapGridsApi);
}
