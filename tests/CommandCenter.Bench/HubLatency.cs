using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Bench;

/// <summary>
/// P2 (and each step of P3): from an update's acknowledgement to the moment every subscribed hub client shows it, at a
/// fixed update rate; and from the moment the update was sent, an upper bound that acknowledgements slower than the
/// screens (an overloaded driver reads its answers late, and a change that arrives first counts as 0 ms) cannot hide.
/// Frames carry the latest change of each task (docs/HUB-PROTOCOL.md), so an update counts as shown at a screen when
/// that task's version there reaches it — by its own change or a later one; one never reached counts as missing. At
/// the end, every screen must show the final version of every task (<see cref="Result.CompleteScreens"/>).
/// </summary>
public static class HubLatency
{
    public sealed record Result(int Clients, int UpdatesPerSecond, double P50, double P99, long Deliveries, long Missing, int Failures, double SentP50, double SentP99,
        int CompleteScreens = 0, double? PeakRssMb = null);

    public static async Task<Result> Measure(
        Uri url, HttpClient client, IReadOnlyList<string> tasks, int clients, int updatesPerSecond, TimeSpan duration, Func<double?>? rssMb = null)
    {
        var clock = Stopwatch.StartNew();
        var acked = new ConcurrentDictionary<(string Task, int Version), (double Ack, double Sent)>();
        var final = new ConcurrentDictionary<string, int>();
        // Versions a screen showed before the driver had their HTTP answers: 0 ms once that answer is a 200.
        var early = new ConcurrentQueue<(string Task, int Version, double At)>();
        var latencies = new LatencyHistogram();
        var fromSend = new LatencyHistogram();
        var screens = Enumerable.Range(0, clients).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToList();
        var connections = await Connect(url, screens, (shown, task, version) =>
        {
            var at = clock.Elapsed.TotalMilliseconds;
            var before = shown.GetValueOrDefault(task);
            if (version <= before)
            {
                return;
            }

            shown[task] = version;
            for (var v = before + 1; v <= version; v++)
            {
                if (acked.TryGetValue((task, v), out var times))
                {
                    latencies.Add(Math.Max(0, at - times.Ack));
                    fromSend.Add(at - times.Sent);
                }
                else
                {
                    early.Enqueue((task, v, at));
                }
            }
        });

        var interval = TimeSpan.FromSeconds(1.0 / updatesPerSecond);
        var pending = new List<Task>();
        var failures = 0;
        var peakRss = rssMb?.Invoke();
        var start = clock.Elapsed;
        for (var n = 0; clock.Elapsed - start < duration; n++)
        {
            var task = tasks[n % tasks.Count];
            var value = 5000 + n;
            pending.Add(Task.Run(async () =>
            {
                var sentAt = clock.Elapsed.TotalMilliseconds;
                HttpResponseMessage response;
                try
                {
                    response = await client.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value, note = "latency" });
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // No answer within the client's timeout (100 s): a failed update, and the step is not held.
                    Interlocked.Increment(ref failures);
                    return;
                }

                var at = clock.Elapsed.TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
                    acked[(task, version)] = (at, sentAt);
                    final.AddOrUpdate(task, version, (_, known) => Math.Max(known, version));
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }));
            if (n % 100 == 0 && rssMb?.Invoke() is { } rss)
            {
                peakRss = Math.Max(peakRss ?? 0, rss);
            }

            var next = start + interval * (n + 1);
            if (next > clock.Elapsed)
            {
                await Task.Delay(next - clock.Elapsed);
            }
        }

        await Task.WhenAll(pending);
        await Task.Delay(2000); // the last frames
        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        if (rssMb?.Invoke() is { } last)
        {
            peakRss = Math.Max(peakRss ?? 0, last);
        }

        foreach (var (task, version, at) in early)
        {
            if (acked.TryGetValue((task, version), out var times))
            {
                latencies.Add(0);
                fromSend.Add(at - times.Sent);
            }
        }

        var expected = (long)acked.Count * clients;
        var delivered = latencies.Count;
        var missing = Math.Max(0, expected - delivered);
        latencies.AddMissing(missing);
        fromSend.AddMissing(Math.Max(0, expected - fromSend.Count));
        var complete = screens.Count(shown => { lock (shown) return final.All(f => shown.GetValueOrDefault(f.Key) >= f.Value); });
        return new Result(clients, updatesPerSecond, latencies.Percentile(50), latencies.Percentile(99), delivered, missing, failures,
            fromSend.Percentile(50), fromSend.Percentile(99), complete, peakRss);
    }

    /// <summary>
    /// Opens the hub clients, 50 at a time, each subscribed to the demo campaign; each keeps the version it shows of every
    /// task (from the snapshot, then the frames) and catches up with <c>Resume</c> when a frame does not follow on.
    /// </summary>
    private static async Task<List<HubConnection>> Connect(Uri url, List<Dictionary<string, int>> screens, Action<Dictionary<string, int>, string, int> shows)
    {
        var connections = new List<HubConnection>();
        foreach (var chunk in screens.Chunk(50))
        {
            connections.AddRange(await Task.WhenAll(chunk.Select(async shown =>
            {
                var sequence = -1L;
                var connection = new HubConnectionBuilder().WithUrl(new Uri(url, "/hubs/wall")).Build();
                connection.On<JsonElement>("Snapshot", snapshot =>
                {
                    lock (shown)
                    {
                        sequence = snapshot.GetProperty("sequence").GetInt64();
                        var first = shown.Count == 0; // the state before the step: nothing to account
                        foreach (var task in snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray()))
                        {
                            var (id, version) = (task.GetProperty("id").GetString()!, task.GetProperty("version").GetInt32());
                            if (first)
                            {
                                shown[id] = version;
                            }
                            else
                            {
                                shows(shown, id, version);
                            }
                        }
                    }
                });
                connection.On<JsonElement>("Changes", frame =>
                {
                    lock (shown)
                    {
                        foreach (var change in frame.EnumerateArray())
                        {
                            var at = change.GetProperty("sequence").GetInt64();
                            var follows = change.TryGetProperty("follows", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt64() : at - 1;
                            if (at <= sequence)
                            {
                                continue;
                            }

                            if (follows > sequence)
                            {
                                _ = connection.InvokeAsync("Resume", "dagan100", sequence);
                                return;
                            }

                            sequence = at;
                            var task = change.GetProperty("task");
                            shows(shown, task.GetProperty("id").GetString()!, task.GetProperty("version").GetInt32());
                        }
                    }
                });
                await connection.StartAsync();
                await connection.InvokeAsync("Subscribe", "dagan100");
                return connection;
            })));
        }

        return connections;
    }
}
