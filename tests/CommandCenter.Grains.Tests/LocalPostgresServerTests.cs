using CommandCenter.Storage.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommandCenter.Grains.Tests;

/// <summary>The managed server of one data folder is shared by whoever uses it and stopped by the last of them.</summary>
public sealed class LocalPostgresServerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-local-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_second_holder_adopts_the_running_server_and_only_the_last_to_leave_stops_it()
    {
        var first = await LocalPostgresServer.StartAsync(_folder, null, NullLogger.Instance);
        var second = await LocalPostgresServer.StartAsync(_folder, null, NullLogger.Instance);
        Assert.Equal(first.Port, second.Port);
        var postmaster = File.ReadLines(Path.Combine(first.DataFolder, "postmaster.pid")).First();

        await first.DisposeAsync(); // the one that started it leaves first: the server stays for the other
        await using (var connection = new NpgsqlConnection(second.ConnectionString))
        {
            await connection.OpenAsync();
        }

        Assert.Equal(postmaster, File.ReadLines(Path.Combine(first.DataFolder, "postmaster.pid")).First());

        await second.DisposeAsync();
        Assert.False(File.Exists(Path.Combine(first.DataFolder, "postmaster.pid")), "the last holder left the server running");
        await using var refused = new NpgsqlConnection(second.ConnectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
