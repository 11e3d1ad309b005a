using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Bench;

/// <summary>
/// P2 (and each step of P3): from an update's acknowledgement to its arrival at every subscribed hub client, at a fixed
/// update rate; and from the moment the update was sent, an upper bound that acknowledgements slower than the screens
/// (an overloaded driver reads its answers late, and a change that arrives first counts as 0 ms) cannot hide.
/// </summary>
public static class HubLatency
{
    public sealed record Result(int Clients, int UpdatesPerSecond, double P50, double P99, long Deliveries, long Missing, int Failures, double SentP50, double SentP99);

    public static async Task<Result> Measure(
        Uri url, HttpClient client, IReadOnlyList<string> tasks, int clients, int updatesPerSecond, TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        var acked = new ConcurrentDictionary<(string Task, int Version), double>();
        // Deliveries that arrive before the driver has the HTTP answer count as 0 ms once that answer is a 200.
        var early = new ConcurrentDictionary<(string Task, int Version), int>();
        var latencies = new LatencyHistogram();
        var sent = new ConcurrentDictionary<(string Task, decimal Value), double>();
        var fromSend = new LatencyHistogram();
        var connections = await Connect(url, clients, frame =>
        {
            var at = clock.Elapsed.TotalMilliseconds;
            foreach (var change in frame.EnumerateArray())
            {
                var task = change.GetProperty("task");
                var key = (task.GetProperty("id").GetString()!, task.GetProperty("version").GetInt32());
                if (task.TryGetProperty("actual", out var actual) && actual.ValueKind == JsonValueKind.Number && sent.TryGetValue((key.Item1, actual.GetDecimal()), out var sentAt))
                {
                    fromSend.Add(at - sentAt);
                }

                if (acked.TryGetValue(key, out var ack))
                {
                    latencies.Add(Math.Max(0, at - ack));
                }
                else
                {
                    early.AddOrUpdate(key, 1, (_, n) => n + 1);
                }
            }
        });

        var interval = TimeSpan.FromSeconds(1.0 / updatesPerSecond);
        var pending = new List<Task>();
        var failures = 0;
        var start = clock.Elapsed;
        for (var n = 0; clock.Elapsed - start < duration; n++)
        {
            var task = tasks[n % tasks.Count];
            var value = 5000 + n;
            pending.Add(Task.Run(async () =>
            {
                sent[(task, value)] = clock.Elapsed.TotalMilliseconds;
                var response = await client.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value, note = "latency" });
                var at = clock.Elapsed.TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                    acked[(task, version)] = at;
                }
                else
                {
                    Interlocked.Increment(ref failures);
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
        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));

        foreach (var (key, times) in early)
        {
            if (acked.ContainsKey(key))
            {
                latencies.Add(0, times);
            }
        }

        var delivered = latencies.Count;
        var missing = Math.Max(0, (long)acked.Count * clients - delivered);
        latencies.AddMissing(missing);
        fromSend.AddMissing(Math.Max(0, (long)acked.Count * clients - fromSend.Count));
        return new Result(clients, updatesPerSecond, latencies.Percentile(50), latencies.Percentile(99), delivered, missing, failures,
            fromSend.Percentile(50), fromSend.Percentile(99));
    }

    /// <summary>Opens the hub clients, 50 at a time, each subscribed to the demo campaign.</summary>
    private static async Task<List<HubConnection>> Connect(Uri url, int clients, Action<JsonElement> onChanges)
    {
        var connections = new List<HubConnection>();
        foreach (var chunk in Enumerable.Range(0, clients).Chunk(50))
        {
            connections.AddRange(await Task.WhenAll(chunk.Select(async _ =>
            {
                var connection = new HubConnectionBuilder().WithUrl(new Uri(url, "/hubs/wall")).Build();
                connection.On<JsonElement>("Changes", onChanges);
                connection.On<JsonElement>("Snapshot", _ => { });
                await connection.StartAsync();
                await connection.InvokeAsync("Subscribe", "dagan100");
                return connection;
            })));
        }

        return connections;
    }
}
