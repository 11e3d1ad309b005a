using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Bench;

/// <summary>
/// P1 over <c>/hubs/updates</c>: the same writers, each on one lasting connection instead of an HTTP request per
/// update; every answer still comes only after the commit.
/// </summary>
public static class HubUpdates
{
    public static async Task<(double PerSecond, int Failures)> PerSecond(Uri url, string token, IReadOnlyList<string> tasks, TimeSpan duration)
    {
        var connections = new List<HubConnection>();
        foreach (var _ in tasks)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/updates"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
                .Build();
            await connection.StartAsync();
            connections.Add(connection);
        }

        try
        {
            return await DurableUpdates.Run(tasks, duration, async (writer, task, n) =>
                (await connections[writer].InvokeAsync<JsonElement>("Report", task, new { value = 2000 + n, note = "bench" })).GetProperty("ok").GetBoolean());
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
