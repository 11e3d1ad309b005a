using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// R1: two dedicated silos (real processes, ADO.NET clustering) and a web host in client mode; updates run through
/// the API while one silo is killed with SIGKILL. Every update that got a 200 must be stored, and once membership
/// has declared the silo dead the surviving silo must serve every task.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class SiloKillTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private static readonly IReadOnlyDictionary<string, string> FastMembership = ClusterMembership.FastSettings;

    [Fact]
    public async Task Every_acknowledged_update_survives_a_killed_silo_and_the_cluster_keeps_serving()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var victim = SiloProcess.Start(connectionString, seed: true, FastMembership);
        Assert.True(await ClusterMembership.WaitFor(connectionString, victim.SiloPort, ClusterMembership.Active, TimeSpan.FromSeconds(90)), victim.Output);
        await using var survivor = SiloProcess.Start(connectionString, seed: false, FastMembership);
        Assert.True(await ClusterMembership.WaitFor(connectionString, survivor.SiloPort, ClusterMembership.Active, TimeSpan.FromSeconds(90)), survivor.Output);

        await using var web = CommandCenterApp.Start(connectionString, settings: new Dictionary<string, string?>
        {
            ["Orleans:Mode"] = "Client",
            ["Orleans:Gateway:GatewayListRefreshPeriod"] = "00:00:02",
            ["Orleans:Messaging:ResponseTimeout"] = "00:00:05",
        });
        var admin = await web.AdminClient();
        var taskIds = await Eventually(() => Durability.TaskIds(admin, "dagan100"), TimeSpan.FromSeconds(60));

        await using var load = new UpdateLoad(admin, taskIds);
        load.Start();
        await Task.Delay(TimeSpan.FromSeconds(8));
        var acknowledgedBeforeKill = load.Outcomes.Count(o => o.Acknowledged);
        victim.Kill();
        var killedAt = DateTimeOffset.UtcNow;

        var declaredDead = await ClusterMembership.WaitFor(connectionString, victim.SiloPort, ClusterMembership.Dead, TimeSpan.FromSeconds(60));
        var settledAt = DateTimeOffset.UtcNow;
        var servingAgain = await AcknowledgedAfter(load, settledAt, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));
        await load.StopAsync();
        var outcomes = load.Outcomes;
        output.WriteLine($"killed silo {victim.SiloPort}; declared dead after {(settledAt - killedAt).TotalSeconds:F1} s; outcomes {Durability.Summary(outcomes)}");

        Assert.All(outcomes, o => Assert.True(o.Status is 200 or 503, $"{o.Note} on {o.TaskId}: {o.Status} after {o.Elapsed}"));
        Assert.True(acknowledgedBeforeKill > 20, $"the load did not run before the kill: {Durability.Summary(outcomes)}");
        Assert.True(declaredDead, "membership did not declare the killed silo dead");
        Assert.False(survivor.HasExited, survivor.Output);
        Assert.True(servingAgain, $"no update was acknowledged within 30 s after membership settled: {Durability.Summary(outcomes)}");

        // After membership settles, the surviving silo serves every task, including those that lived on the killed one.
        foreach (var taskId in taskIds)
        {
            var response = await admin.PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { value = 7, note = "after-kill" });
            Assert.True(response.IsSuccessStatusCode, $"{taskId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var missing = await Durability.MissingAcknowledged(admin, outcomes);
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged update(s) lost, e.g. {string.Join("; ", missing.Take(5))}");
    }

    private static async Task<bool> AcknowledgedAfter(UpdateLoad load, DateTimeOffset after, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (load.Outcomes.Any(o => o.Acknowledged && o.At > after))
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> read, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return await read();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
