using CommandCenter.Persistence;
using CommandCenter.Persistence.LocalServer;
using CommandCenter.Persistence.Operations;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Admin;

public static class BackupExtensions
{
    /// <summary>Backups of the database: the backups folder, the nightly run (<c>Backup:*</c>). None in memory mode.</summary>
    public static WebApplicationBuilder AddCommandCenterBackups(this WebApplicationBuilder builder, CommandCenterDatabase? database)
    {
        if (database is null)
        {
            return builder;
        }

        var settings = BackupSettings.From(builder.Configuration, StorageSettings.From(builder.Configuration));
        builder.Services.AddSingleton(sp => new BackupFolder(settings, database,
            database.LocalServer?.BinFolder ?? PostgresBinaries.Find(StorageSettings.From(builder.Configuration).BinDirectory),
            sp.GetRequiredService<TimeProvider>()));
        if (settings.Enabled)
        {
            builder.Services.AddSingleton(settings);
            builder.Services.AddHostedService<NightlyBackup>();
        }

        return builder;
    }

    /// <summary><c>/api/admin/backups</c>: list, back up now, download (the office).</summary>
    public static IEndpointRouteBuilder MapBackupsApi(this IEndpointRouteBuilder app)
    {
        var backups = app.MapGroup("/api/admin/backups").WithTags("Admin").RequireAuthorization(Policies.Office);
        backups.MapGet("", (BackupFolder folder) => TypedResults.Ok(folder.List()));
        backups.MapPost("", async Task<IResult> (BackupFolder folder, CancellationToken cancellationToken) =>
            await folder.BackUpAsync(onlyIfAlone: false, cancellationToken) is { } made
                ? TypedResults.Created($"/api/admin/backups/{made.Name}", made)
                : TypedResults.Conflict());
        backups.MapGet("/{name}", IResult (string name, BackupFolder folder) => folder.Find(name) is { } path
            ? TypedResults.PhysicalFile(path, "application/octet-stream", name)
            : TypedResults.NotFound());
        return app;
    }
}
