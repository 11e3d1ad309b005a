using CommandCenter.Persistence;

namespace CommandCenter.Web.Shell;

/// <summary>What every feature stands on: accounts and auth schemes, access and transport, problem details, the input policy, the pages' UI, observability and OpenAPI.</summary>
public static class ShellExtensions
{
    public static WebApplicationBuilder AddShell(this WebApplicationBuilder builder, CommandCenterDatabase? database)
    {
        builder.AddCommandCenterAuth(database);
        builder.AddCommandCenterAccess();
        builder.AddCommandCenterApi();
        builder.AddCommandCenterInput();
        builder.AddCommandCenterUi();
        builder.AddCommandCenterObservability();
        builder.AddCommandCenterOpenApi();
        return builder;
    }

    /// <summary>Health, the dashboard and metrics, the OpenAPI document, then the pages.</summary>
    public static WebApplication MapShell(this WebApplication app)
    {
        app.MapCommandCenterHealth();
        app.MapCommandCenterObservability();
        app.MapCommandCenterOpenApi();
        app.MapCommandCenterUi();
        return app;
    }
}
