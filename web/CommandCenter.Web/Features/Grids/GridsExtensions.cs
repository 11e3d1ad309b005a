namespace CommandCenter.Web.Features.Grids;

/// <summary>Grids (网格): import, the grid table with live rates, one grid's statistics.</summary>
public static class GridsExtensions
{
    public static WebApplicationBuilder AddGrids(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GridImporter>();
        builder.Services.AddSingleton<GridDirectory>();
        return builder;
    }

    public static WebApplication MapGrids(this WebApplication app)
    {
        app.MapGridsApi();
        return app;
    }
}
