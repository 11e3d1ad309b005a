using System.Runtime.CompilerServices;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// A host that has stopped leaves nothing running that holds it: no thread, no timer, no captured context. (Each test
/// process starts hundreds of hosts; one that stayed in memory each time made the suite spend most of its time in GC.)
/// </summary>
public sealed class StoppedHostMemoryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_host_that_served_pages_api_calls_and_a_hub_is_freed_once_it_has_stopped()
    {
        var services = await StartUseAndStop(await postgres.CreateSeededDatabaseAsync());

        for (var attempt = 0; attempt < 40 && services.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(250);
        }

        Assert.False(services.IsAlive, "the stopped host's services are still reachable after 10 s of collections");
    }

    /// <summary>Not inlined, so that nothing of the host stays on the test's own stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> StartUseAndStop(string connectionString)
    {
        await using var app = CommandCenterApp.Start(connectionString);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.3.4/progress", new { value = 61, note = "内存" })).EnsureSuccessStatusCode();
        (await app.Client().GetAsync("/signin")).EnsureSuccessStatusCode();
        await using (var hub = app.WallConnection())
        {
            await hub.StartAsync();
        }

        return new WeakReference(app.Services);
    }
}
