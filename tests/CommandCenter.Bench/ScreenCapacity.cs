namespace CommandCenter.Bench;

/// <summary>
/// P3: screens × updates/s, in growing steps, each held when its p99 from acknowledgement to every screen — and from
/// sending the update, so late acknowledgements cannot hide a slow screen — is within <see cref="P99LimitMs"/>, no
/// update was missing at any screen and every screen ended with the final version of every task; the largest held
/// step is the result. Each step records the web host's peak resident memory and where the processor time went
/// (web host, this load generator, the rest of the machine), which says what bounded it.
/// </summary>
public static class ScreenCapacity
{
    public const double P99LimitMs = 250;

    public sealed record Step(HubLatency.Result Latency, double? WebCpuShare, double BenchCpuShare, double MachineBusy)
    {
        /// <summary>What bounded the step: the two cores were busy (and whose share was largest), or nothing measured here.</summary>
        public string BoundBy => MachineBusy < 0.9 ? "not processor (machine " + Percent(MachineBusy) + " busy)"
            : 1 - (WebCpuShare ?? 0) - BenchCpuShare > Math.Max(WebCpuShare ?? 0, BenchCpuShare)
                ? $"processor: the rest of the machine — PostgreSQL and any other process — ({Percent(1 - (WebCpuShare ?? 0) - BenchCpuShare)}; web host {Percent(WebCpuShare ?? 0)}, load generator {Percent(BenchCpuShare)})"
            : (WebCpuShare ?? 0) >= BenchCpuShare ? $"processor: web host ({Percent(WebCpuShare ?? 0)} of the machine; load generator {Percent(BenchCpuShare)})"
            : $"processor: load generator's screens ({Percent(BenchCpuShare)} of the machine; web host {Percent(WebCpuShare ?? 0)})";

        private static string Percent(double share) => $"{share * 100:F0} %";
    }

    public static IReadOnlyList<(int Screens, int UpdatesPerSecond)> Steps(bool quick) => quick
        ? [(50, 50), (100, 100)]
        : [(250, 250), (500, 500), (1000, 1000), (1500, 1500), (2000, 2000)];

    public static async Task<(HubLatency.Result? Held, List<Step> Steps)> Measure(
        Deployment deployment, HttpClient client, IReadOnlyList<string> tasks, IReadOnlyList<(int Screens, int UpdatesPerSecond)> plan, TimeSpan duration, bool allSteps = false)
    {
        HubLatency.Result? held = null;
        var steps = new List<Step>();
        foreach (var (screens, rate) in plan)
        {
            var cpu = new CpuMeter(deployment);
            var result = await HubLatency.Measure(deployment.Url, client, tasks, screens, rate, duration, () => deployment.RssMb);
            var (webMs, benchMs, machineMs, busy) = cpu.Spent();
            var step = new Step(result, webMs / Math.Max(1, machineMs), benchMs / Math.Max(1, machineMs), busy);
            steps.Add(step);
            Console.WriteLine($"P3 step {screens} screens × {rate} updates/s: p50 {result.P50:F1} ms, p99 {result.P99:F1} ms (from sending: p50 {result.SentP50:F1} ms, p99 {result.SentP99:F1} ms), {result.Missing} missing, {result.Failures} failed updates; " +
                $"{result.CompleteScreens} of {screens} screens ended with every task's final state; web host peak RSS {result.PeakRssMb:F0} MB; bound by {step.BoundBy}");
            if (result.P99 > P99LimitMs || result.SentP99 > P99LimitMs || result.Missing > 0 || result.Failures > 0 || result.CompleteScreens < screens)
            {
                if (allSteps)
                {
                    continue;
                }

                break;
            }

            held ??= result;
            held = result.Clients >= held.Clients ? result : held;
        }

        return (held, steps);
    }
}
