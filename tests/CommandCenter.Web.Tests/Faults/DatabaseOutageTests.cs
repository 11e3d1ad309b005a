using System.Collections.Concurrent;
using System.Text.Json;
using CommandCenter.Web.Tests.Browser;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// R2: PostgreSQL stops for 30 s while updates and reads run through the API and a screen listens on the hub.
/// Writes must fail fast with 503 (never 500, never a 200 that is not stored), reads of active tasks keep answering,
/// heartbeats say the screen is stale (and a wall in a browser shows so), and once the database is back everything works again with no restart.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_database_outage_fails_writes_fast_keeps_reads_and_recovers_without_a_restart()
    {
        await using var postgres = await StoppablePostgres.StartAsync();
        await using var app = CommandCenterApp.Start(postgres.ConnectionString);
        var admin = await app.AdminClient();
        var taskIds = (await Durability.TaskIds(admin, "dagan100")).Take(12).ToList();

        var beats = new ConcurrentQueue<(DateTimeOffset At, bool Live)>();
        await using var screen = app.WallConnection();
        screen.On<JsonElement>("Heartbeat", beat => beats.Enqueue((DateTimeOffset.UtcNow, beat.GetProperty("live").GetBoolean())));
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wall = new WallPageObject(await Chromium.OpenAsync(browser, await app.WallAddress("/wall/dagan100?pages=overview")));
        await wall.WaitUntilLive();

        await using var load = new UpdateLoad(admin, taskIds, writers: 3, pause: TimeSpan.FromMilliseconds(100));
        var reads = new ReadLoad(app.Reader(), taskIds);
        load.Start();
        reads.Start();
        await Task.Delay(TimeSpan.FromSeconds(6));

        await postgres.StopAsync();
        var downAt = DateTimeOffset.UtcNow;
        var wallShowsStale = wall.WaitUntilStale();
        await Task.Delay(Outage);
        var wallShowedStale = wallShowsStale.IsCompletedSuccessfully;
        var upAt = DateTimeOffset.UtcNow;
        await postgres.StartAgainAsync();
        var recoveredAt = await FirstAcknowledgedAfter(load, upAt, TimeSpan.FromSeconds(60));
        await wall.WaitUntilLive();
        await Task.Delay(TimeSpan.FromSeconds(6));
        await load.StopAsync();
        await reads.StopAsync();

        var outcomes = load.Outcomes;
        var during = outcomes.Where(o => o.At > downAt && o.At + o.Elapsed < upAt).ToList();
        var readsDuring = reads.Outcomes.Where(r => r.At > downAt && r.At + r.Elapsed < upAt).ToList();
        output.WriteLine($"writes: {Durability.Summary(outcomes)}; during the outage: {Durability.Summary(during)}, slowest {during.Max(o => o.Elapsed).TotalSeconds:F2} s; " +
                         $"reads during the outage: {Durability.Summary(readsDuring)}; recovered {(recoveredAt - upAt)?.TotalSeconds:F1} s after the restart");

        // Writes: 200 or 503, nothing else; during the outage only fast 503s.
        Assert.All(outcomes, o => Assert.True(o.Status is 200 or 503, $"{o.Note} on {o.TaskId}: {o.Status} after {o.Elapsed}"));
        Assert.True(during.Count > 20, $"too few writes during the outage: {during.Count}");
        Assert.All(during, o => Assert.Equal(503, o.Status));
        Assert.All(during, o => Assert.True(o.Elapsed < TimeSpan.FromSeconds(5), $"{o.Note}: 503 only after {o.Elapsed}"));

        // Reads of tasks the cluster holds in memory keep answering.
        Assert.True(readsDuring.Count > 20, $"too few reads during the outage: {readsDuring.Count}");
        Assert.All(readsDuring, r => Assert.Equal(200, r.Status));

        // Screens are told the data is stale during the outage, and live again after it.
        var beatsNow = beats.ToList();
        Assert.Contains(beatsNow, b => b.At < downAt && b.Live);
        Assert.Contains(beatsNow, b => b.At > downAt + TimeSpan.FromSeconds(6) && b.At < upAt && !b.Live);
        Assert.DoesNotContain(beatsNow, b => b.At > downAt + TimeSpan.FromSeconds(6) && b.At < upAt && b.Live);
        Assert.Contains(beatsNow, b => b.At > recoveredAt && b.Live);
        Assert.True(wallShowedStale, "the wall in the browser did not show its stale banner during the outage");

        // Recovery with no restart: writes are acknowledged again, and every acknowledged one is stored.
        Assert.NotNull(recoveredAt);
        Assert.Contains(outcomes, o => o.Acknowledged && o.At < downAt);
        var missing = await Durability.MissingAcknowledged(admin, outcomes);
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged update(s) lost, e.g. {string.Join("; ", missing.Take(5))}");

        // The silo did not leave the cluster (or get voted out) while it could not reach the membership table.
        Assert.Equal([ClusterMembership.Active], await ClusterMembership.Statuses(postgres.ConnectionString));
        Assert.Equal(200, (int)(await app.Client().GetAsync("/health/ready")).StatusCode);
    }

    private static async Task<DateTimeOffset?> FirstAcknowledgedAfter(UpdateLoad load, DateTimeOffset after, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (load.Outcomes.Where(o => o.Acknowledged && o.At > after).Select(o => (DateTimeOffset?)o.At).Min() is { } at)
            {
                return at;
            }

            await Task.Delay(250);
        }

        return null;
    }
}
