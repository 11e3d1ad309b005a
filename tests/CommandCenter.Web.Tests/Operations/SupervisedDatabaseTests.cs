using System.Diagnostics;
using CommandCenter.Web.Tests.Faults;
using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// The managed PostgreSQL as an operator meets it, with real processes: a host killed with -9 leaves its server to
/// the next host, which adopts it; a killed postmaster is started again and writes succeed within 30 s; a host
/// stopped while its database is dead ends within 15 s and leaves no PostgreSQL process of its folder behind.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class SupervisedDatabaseTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-supervised-" + Guid.NewGuid().ToString("N")[..8]);

    private static readonly Dictionary<string, string> FastMembership = new()
    {
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
        ["Orleans:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
        ["Orleans:Messaging:ResponseTimeout"] = "00:00:05",
    };

    [Fact]
    public async Task A_killed_postmaster_is_restarted_an_adopted_server_is_stopped_by_its_last_host_and_a_stop_with_the_database_dead_ends_within_15_s()
    {
        var postgres = new FolderPostgres(_folder);
        var settings = new Dictionary<string, string>(FastMembership) { ["Storage:DataDirectory"] = _folder };

        // A host killed with -9 leaves its server running; the next host adopts it instead of starting a second one.
        int firstPostmaster;
        await using (var crashed = WebHostProcess.Start(settings))
        {
            await crashed.WaitUntilReady(TimeSpan.FromSeconds(120));
            firstPostmaster = postgres.Postmaster() ?? throw new InvalidOperationException("no postmaster after the first start");
            crashed.Kill();
        }

        Assert.Equal(firstPostmaster, postgres.Postmaster());
        await using var host = WebHostProcess.Start(settings);
        await host.WaitUntilReady(TimeSpan.FromSeconds(120));
        Assert.Equal(firstPostmaster, postgres.Postmaster());
        Assert.True(host.Output.Contains("Adopting the managed PostgreSQL"), host.Output);
        using var admin = await SignIn(host);
        await Update(admin, 1, "before the kill", TimeSpan.FromSeconds(60));

        // kill -9 of the postmaster: readiness says so, and writes succeed again within 30 s without a restart of the host.
        var readiness = WatchReadiness(host, out var stopWatching);
        var killed = postgres.KillPostmaster();
        var clock = Stopwatch.StartNew();
        await Update(admin, 2, "after the kill", TimeSpan.FromSeconds(30));
        var recovered = clock.Elapsed;
        await stopWatching.CancelAsync();
        var readyStatuses = await readiness;
        output.WriteLine($"writes succeeded again {recovered.TotalSeconds:F1} s after kill -9 of postmaster {killed}; readiness answers seen: {string.Join(",", readyStatuses.Distinct())}");
        Assert.True(recovered < TimeSpan.FromSeconds(30), $"writes came back only after {recovered}");
        Assert.NotEqual(killed, postgres.Postmaster());
        Assert.Contains(503, readyStatuses);
        Assert.Equal(200, (int)(await host.Client().GetAsync("/health/ready")).StatusCode);
        var history = await admin.GetStringAsync("/api/tasks/dagan100.1.1/history");
        Assert.Contains("before the kill", history);
        Assert.Contains("after the kill", history);

        // SIGTERM with the database dead: the host ends within 15 s, cleanly, and is the last holder: nothing is left.
        postgres.KillPostmaster();
        clock.Restart();
        host.Terminate();
        var exited = await host.WaitForExit(TimeSpan.FromSeconds(15));
        output.WriteLine($"stopped {clock.Elapsed.TotalSeconds:F1} s after SIGTERM; exit code {(exited ? host.ExitCode : -1)}");
        Assert.True(exited, $"still running 15 s after SIGTERM:\n{host.Output}");
        Assert.Equal(0, host.ExitCode);
        Assert.True(await Eventually(() => postgres.AnyLeft().Count == 0, TimeSpan.FromSeconds(10)),
            $"PostgreSQL processes of {_folder} left running: {string.Join(", ", postgres.AnyLeft())}\n{host.Output}");
    }

    [Fact]
    public async Task A_host_whose_external_database_is_gone_stops_within_15_s_and_says_in_one_line_what_it_could_not_write()
    {
        await using var database = await StoppablePostgres.StartAsync();
        await using var host = WebHostProcess.Start(new Dictionary<string, string>(FastMembership) { ["ConnectionStrings:CommandCenter"] = database.ConnectionString });
        await host.WaitUntilReady(TimeSpan.FromSeconds(120));
        using var admin = await SignIn(host);
        await Update(admin, 5, "before the database went away", TimeSpan.FromSeconds(60));

        await database.StopAsync();
        var clock = Stopwatch.StartNew();
        host.Terminate();
        var exited = await host.WaitForExit(TimeSpan.FromSeconds(15));
        output.WriteLine($"stopped {clock.Elapsed.TotalSeconds:F1} s after SIGTERM with the database gone; exit code {(exited ? host.ExitCode : -1)}");
        Assert.True(exited, $"still running 15 s after SIGTERM:\n{host.Output}");
        Assert.Equal(0, host.ExitCode);
        var said = host.Output.Split('\n').Where(l => l.Contains("Stopped after") && l.Contains("unreachable") && l.Contains("nothing acknowledged is lost")).ToList();
        Assert.True(said.Count == 1, $"expected one line saying what was not written:\n{host.Output[^Math.Min(host.Output.Length, 4000)..]}");
    }

    private static async Task<HttpClient> SignIn(WebHostProcess host)
    {
        var client = host.Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CommandCenterApp.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Sends the update until it is acknowledged; fails after <paramref name="timeout"/>.</summary>
    private static async Task Update(HttpClient admin, int value, string note, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var response = await admin.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value, note }, attempt.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"'{note}' was not acknowledged within {timeout} (last: {last})");
    }

    private static Task<List<int>> WatchReadiness(WebHostProcess host, out CancellationTokenSource stop)
    {
        var cancel = stop = new CancellationTokenSource();
        return Task.Run(async () =>
        {
            using var client = host.Client();
            var statuses = new List<int>();
            while (!cancel.IsCancellationRequested)
            {
                try
                {
                    statuses.Add((int)(await client.GetAsync("/health/ready", cancel.Token)).StatusCode);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                }

                await Task.Delay(200, CancellationToken.None);
            }

            return statuses;
        });
    }

    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(250);
        }

        return true;
    }

    public void Dispose()
    {
        // Whatever a failed run left: only this folder's server.
        if (new FolderPostgres(_folder).Postmaster() is { } postmaster)
        {
            WebHostProcess.Signal("KILL", postmaster);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
