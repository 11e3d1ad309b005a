using CommandCenter.Persistence;
using CommandCenter.Persistence.LocalServer;
using CommandCenter.Persistence.Operations;
using CommandCenter.Web.Features.Admin;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>The nightly backup runs at <c>Backup:Nightly</c> on the host's clock, and only the newest <c>Backup:Keep</c> files stay.</summary>
public sealed class NightlyBackupTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-nightly-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task The_nightly_backup_runs_at_its_time_and_only_the_newest_files_are_kept()
    {
        await using var database = await CommandCenterDatabase.OpenAsync(new StorageSettings { ConnectionString = await postgres.CreateDatabaseAsync() }, NullLogger.Instance);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 29, 0, TimeSpan.Zero));
        time.SetLocalTimeZone(TimeZoneInfo.Utc);
        var settings = new BackupSettings { Folder = _folder, Nightly = new TimeOnly(2, 30), Keep = 2 };
        var folder = new BackupFolder(settings, database, PostgresBinaries.Find(null), time);
        var nightly = new NightlyBackup(folder, settings, time, NullLogger<NightlyBackup>.Instance);
        await nightly.StartAsync(CancellationToken.None);
        try
        {
            time.Advance(TimeSpan.FromSeconds(59));
            Assert.Empty(folder.List()); // 02:29:59: not yet

            time.Advance(TimeSpan.FromSeconds(1));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (folder.List().Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal("commandcenter-20261201-023000-000.dump", Assert.Single(folder.List()).Name);
        }
        finally
        {
            await nightly.StopAsync(CancellationToken.None);
        }

        for (var i = 1; i <= 3; i++)
        {
            time.Advance(TimeSpan.FromHours(1));
            Assert.NotNull(await folder.BackUpAsync(onlyIfAlone: false, CancellationToken.None));
        }

        Assert.Equal(["commandcenter-20261201-053000-000.dump", "commandcenter-20261201-043000-000.dump"], folder.List().Select(f => f.Name));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
