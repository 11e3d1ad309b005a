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
        var warmUp = TimeSpan.FromSeconds(options.Quick ? 2 : 5);
        await DurableUpdates.PerSecond(client, tasks, warmUp);
        var mark = await WriteTransactions.Mark(deployment.ConnectionString);
        var cpu = new CpuMeter(deployment);
        var (http, httpFailures) = await DurableUpdates.PerSecond(client, tasks, options.Duration);
        var httpSpent = cpu.Spent();
        var httpCommits = await WriteTransactions.Since(deployment.ConnectionString, mark);

        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        await HubUpdates.PerSecond(deployment.Url, token, tasks, warmUp);
        mark = await WriteTransactions.Mark(deployment.ConnectionString);
        cpu = new CpuMeter(deployment);
        var (hub, hubFailures) = await HubUpdates.PerSecond(deployment.Url, token, tasks, options.Duration);
        var hubSpent = cpu.Spent();
        var hubCommits = await WriteTransactions.Since(deployment.ConnectionString, mark);

        var bytes = await RawUpserts.UpdateBytes(deployment.ConnectionString);
        cpu = new CpuMeter(deployment);
        var raw = await RawUpserts.PerSecond(deployment.ConnectionString, tasks.Count, options.Duration, bytes);
        var rawSpent = cpu.Spent();

        return new P1Step(tasks.Count, bytes,
            Measured.Of(http, httpFailures, httpCommits, httpSpent, options.Duration),
            Measured.Of(hub, hubFailures, hubCommits, hubSpent, options.Duration),
            Measured.Of(raw, 0, null, rawSpent, options.Duration));
    }
}
