namespace CommandCenter.Bench;

/// <summary>
/// P3: screens × updates/s, in growing steps, each held when its p99 from acknowledgement to every screen — and from
/// sending the update, so late acknowledgements cannot hide a slow screen — is within <see cref="P99LimitMs"/> and no
/// change was missing; the largest held step is the result.
/// </summary>
public static class ScreenCapacity
{
    public const double P99LimitMs = 250;

    public static IReadOnlyList<(int Screens, int UpdatesPerSecond)> Steps(bool quick) => quick
        ? [(50, 50), (100, 100)]
        : [(250, 250), (500, 500), (1000, 1000), (1500, 1500), (2000, 2000)];

    public static async Task<(HubLatency.Result? Held, List<HubLatency.Result> Steps)> Measure(
        Uri url, HttpClient client, IReadOnlyList<string> tasks, bool quick, TimeSpan duration)
    {
        HubLatency.Result? held = null;
        var steps = new List<HubLatency.Result>();
        foreach (var (screens, rate) in Steps(quick))
        {
            var result = await HubLatency.Measure(url, client, tasks, screens, rate, duration);
            steps.Add(result);
            Console.WriteLine($"P3 step {screens} screens × {rate} updates/s: p50 {result.P50:F1} ms, p99 {result.P99:F1} ms (from sending: p50 {result.SentP50:F1} ms, p99 {result.SentP99:F1} ms), {result.Missing} missing, {result.Failures} failed updates");
            if (result.P99 > P99LimitMs || result.SentP99 > P99LimitMs || result.Missing > 0 || result.Failures > 0)
            {
                break;
            }

            held = result;
        }

        return (held, steps);
    }
}
