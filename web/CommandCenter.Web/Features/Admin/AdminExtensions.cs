using CommandCenter.Storage;

namespace CommandCenter.Web.Features.Admin;

/// <summary>The administrator's operations: the cluster page and its API, backups.</summary>
public static class AdminExtensions
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder, CommandCenterDatabase? database) =>
        builder.AddSingletons(typeof(ClusterOverviewReader)).AddCommandCenterBackups(database);

    public static WebApplication MapAdmin(this WebApplication app) => app.MapEndpoints(AdminApi.MapAdminApi, BackupExtensions.MapBackupsApi);
}
