namespace CommandCenter.Bench;

/// <summary>
/// P1 at one number of writers, each on its own task: durable updates through <c>POST /api/tasks/{id}/progress</c>,
/// then through <c>/hubs/updates</c>, then the raw limit — single-row upserts of an update's size, one transaction
/// each, from as many connections — on the same database, each after a warm-up.
/// </summary>
public static class DurableWriteLimit
{
    public static async Task<P1Step> Measure(Deployment deployment, HttpClient client, IReadOnlyList<string> tasks, BenchOptions options)
    {
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var http = await Durable(deployment, options, duration => DurableUpdates.PerSecond(client, tasks, duration));
        var hub = await Durable(deployment, options, duration => HubUpdates.PerSecond(deployment.Url, token, tasks, duration));

        var bytes = await RawUpserts.UpdateBytes(deployment.ConnectionString);
        var cpu = new CpuMeter(deployment);
        var raw = await RawUpserts.PerSecond(deployment.ConnectionString, tasks.Count, options.Duration, bytes);
        return new P1Step(tasks.Count, bytes, http, hub, Measured.Of(raw, 0, null, cpu.Spent(), options.Duration));
    }

    /// <summary>A warm-up, then the measure with its processor time and the writing transactions it made.</summary>
    private static async Task<Measured> Durable(Deployment deployment, BenchOptions options, Func<TimeSpan, Task<(double PerSecond, int Failures)>> run)
    {
        await run(TimeSpan.FromSeconds(options.Quick ? 2 : 5));
        var mark = await WriteTransactions.Mark(deployment.ConnectionString);
        var cpu = new CpuMeter(deployment);
        var (perSecond, failures) = await run(options.Duration);
        var spent = cpu.Spent();
        return Measured.Of(perSecond, failures, await WriteTransactions.Since(deployment.ConnectionString, mark), spent, options.Duration);
    }
}
