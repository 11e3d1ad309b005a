using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Bench;

/// <summary>P2: from an update's acknowledgement to its arrival at every subscribed hub client, at a fixed update rate.</summary>
public static class HubLatency
{
    public static async Task<(double P50, double P99, int Samples, int Missing)> Measure(
        Uri url, HttpClient client, IReadOnlyList<string> tasks, int clients, int updatesPerSecond, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var acked = new ConcurrentDictionary<(string Task, int Version), double>();
        var received = new ConcurrentBag<((string Task, int Version) Key, double At)>();
        var connections = new List<HubConnection>();
        for (var i = 0; i < clients; i++)
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(url, "/hubs/wall")).Build();
            connection.On<JsonElement>("Changes", frame =>
            {
                var at = clock.Elapsed.TotalMilliseconds;
                foreach (var change in frame.EnumerateArray())
                {
                    var task = change.GetProperty("task");
                    received.Add(((task.GetProperty("id").GetString()!, task.GetProperty("version").GetInt32()), at));
                }
            });
            await connection.StartAsync();
            await connection.InvokeAsync("Subscribe", "dagan100");
            connections.Add(connection);
        }

        var interval = TimeSpan.FromSeconds(1.0 / updatesPerSecond);
        var pending = new List<Task>();
        var start = clock.Elapsed;
        for (var n = 0; clock.Elapsed - start < duration; n++)
        {
            var task = tasks[n % tasks.Count];
            var value = 5000 + n;
            pending.Add(Task.Run(async () =>
            {
                var response = await client.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value, note = "latency" });
                var at = clock.Elapsed.TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                    acked[(task, version)] = at;
                }
            }));
            var next = start + interval * (n + 1);
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }
        }

        await Task.WhenAll(pending);
        await Task.Delay(2000); // the last frames
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        // A change can reach a client before the HTTP answer reaches the driver: that counts as 0 ms, not less.
        var latencies = received.Where(r => acked.ContainsKey(r.Key)).Select(r => Math.Max(0, r.At - acked[r.Key])).ToList();
        var expected = acked.Count * clients;
        return (Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), latencies.Count, expected - latencies.Count);
    }
}
