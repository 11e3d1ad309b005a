using CommandCenter.Persistence;
using CommandCenter.Persistence.LocalServer;
using CommandCenter.Persistence.Operations;
using Npgsql;

namespace CommandCenter.Web.Features.Admin;

/// <summary>
/// <c>backup FILE</c> and <c>restore FILE</c> on the command line, with the host's usual configuration
/// (<c>--Storage:DataDirectory=…</c> for the managed server, <c>--ConnectionStrings:CommandCenter=…</c> for another).
/// A restore needs an empty database; the next start of the host brings its schema up to date.
/// </summary>
public static class BackupCommands
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", ..];

    /// <returns>The process exit code: 0 done, 2 a problem explained in one sentence.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var command, var file, .. var rest] || file.StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"Name the backup file: {args[0]} FILE [--Storage:DataDirectory=…] [--ConnectionStrings:CommandCenter=…]");
            return StartupProblems.ExitCode;
        }

        var configuration = WebApplication.CreateBuilder(rest).Configuration;
        var storage = StorageSettings.From(configuration);
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        LocalPostgresServer? local = null;
        try
        {
            var connectionString = storage.ConnectionString;
            var bin = PostgresBinaries.Find(storage.BinDirectory);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                local = await LocalPostgresServer.StartAsync(storage.DataDirectory, storage.BinDirectory, loggerFactory.CreateLogger("CommandCenter.Storage"));
                connectionString = local.ConnectionString;
            }

            if (command == "backup")
            {
                await DatabaseBackup.BackupAsync(connectionString, bin, file);
                Console.WriteLine($"Backed up to {Path.GetFullPath(file)} ({new FileInfo(file).Length} bytes).");
            }
            else
            {
                await DatabaseBackup.RestoreAsync(connectionString, bin, file);
                Console.WriteLine($"Restored {Path.GetFullPath(file)}; start the host on the same settings to use it.");
            }

            return 0;
        }
        catch (Exception exception) when (exception is StartupProblem or InvalidOperationException or NpgsqlException)
        {
            Console.Error.WriteLine(exception.Message);
            return StartupProblems.ExitCode;
        }
        finally
        {
            if (local is not null)
            {
                await local.DisposeAsync();
            }
        }
    }
}
