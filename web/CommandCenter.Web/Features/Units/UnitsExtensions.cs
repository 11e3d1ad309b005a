namespace CommandCenter.Web.Features.Units;

/// <summary>The unit directory (单位): its API, page and pickers.</summary>
public static class UnitsExtensions
{
    public static WebApplicationBuilder AddUnits(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UnitDirectory>();
        return builder;
    }

    public static WebApplication MapUnits(this WebApplication app)
    {
        app.MapUnitsApi();
        return app;
    }
}
