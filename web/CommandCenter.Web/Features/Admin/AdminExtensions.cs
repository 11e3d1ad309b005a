using CommandCenter.Persistence;

namespace CommandCenter.Web.Features.Admin;

/// <summary>The administrator's operations: the cluster page and its API, backups.</summary>
public static class AdminExtensions
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder, CommandCenterDatabase? database)
    {
        builder.Services.AddSingleton<ClusterOverviewReader>();
        builder.AddCommandCenterBackups(database);
        return builder;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        app.MapAdminApi();
        app.MapBackupsApi();
        return app;
    }
}
