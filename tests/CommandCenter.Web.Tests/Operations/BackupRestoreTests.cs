using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// Back up and restore with the documented commands of the web host (<c>backup FILE</c>, <c>restore FILE</c>), run
/// as programs: data of every kind, backed up from an external PostgreSQL by its connection string, restored into a
/// fresh managed data folder, is all there when a host starts on that folder; a restore over data is refused.
/// </summary>
public sealed class BackupRestoreTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-restore-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_backup_restored_into_a_fresh_data_folder_has_everything_and_a_user_signs_in_and_a_display_token_works()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        DataOfEveryKind data;
        await using (var source = CommandCenterApp.Start(connectionString))
        {
            data = await DataOfEveryKind.Load(await source.AdminClient(), source.ClientFor);
        }

        var file = Path.Combine(_folder, "backups", "nightly.dump");
        Assert.Equal("", await Command(new() { ["ConnectionStrings:CommandCenter"] = connectionString }, "backup", file));
        Assert.True(new FileInfo(file).Length > 1000);

        var restored = Path.Combine(_folder, "data");
        Assert.Equal("", await Command(new() { ["Storage:DataDirectory"] = restored }, "restore", file));
        Assert.Contains("already holds data", await Command(new() { ["Storage:DataDirectory"] = restored }, "restore", file, expectedExitCode: 2));

        await using var host = CommandCenterApp.Start("", settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = restored });
        await data.Verify(host.BaseAddress);
    }

    /// <summary>Runs the web host with a command; returns its error output.</summary>
    private async Task<string> Command(Dictionary<string, string> settings, string command, string file, int expectedExitCode = 0)
    {
        await using var run = WebHostProcess.Start(settings, null, command, file);
        Assert.True(await run.WaitForExit(TimeSpan.FromSeconds(120)), $"{command} did not end:\n{run.Output}");
        await Task.Delay(200);
        output.WriteLine($"{command}: exit {run.ExitCode}: {run.Output.Trim()}");
        Assert.True(run.ExitCode == expectedExitCode, $"{command} exited with {run.ExitCode}:\n{run.Output}");
        return expectedExitCode == 0 ? "" : run.Output;
    }

    public void Dispose()
    {
        if (new FolderPostgres(Path.Combine(_folder, "data")).Postmaster() is { } left)
        {
            WebHostProcess.Signal("KILL", left);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
