using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Item 4 of the operations issue: a cluster across "hosts". Two silos and two client-mode web hosts, each in its own
/// network namespace with a non-loopback address, over Orleans mutual TLS. Under load one silo's link is cut: every
/// acknowledged update survives, the other silo serves every task once membership has settled, screens on both web
/// hosts keep receiving; when the link comes back the silo learns it was declared dead, ends, and a restart (what
/// systemd's Restart=always does) joins the cluster again.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class CrossHostClusterTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private static readonly Dictionary<string, string> Hosts = new()
    {
        ["silo1"] = "10.77.0.11",
        ["silo2"] = "10.77.0.12",
        ["web1"] = "10.77.0.21",
        ["web2"] = "10.77.0.22",
    };

    /// <summary>The membership settings of the fault tests (docs/PERFORMANCE.md lists them beside the result).</summary>
    private static readonly IReadOnlyDictionary<string, string> FastMembership = ClusterMembership.FastSettings;

    [Fact]
    public async Task A_silo_cut_off_the_network_loses_no_acknowledged_update_the_other_serves_and_it_rejoins_after_the_link_heals()
    {
        if (NetworkLab.WhyNot() is { } reason)
        {
            output.WriteLine($"Not run: {reason}.");
            return;
        }

        var connectionString = await postgres.CreateDatabaseAsync();
        using var lab = NetworkLab.Create(Hosts);
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        await using var forwarder = new TcpForwarder(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(NetworkLab.GatewayAddress), FreePorts.Next()),
            new System.Net.DnsEndPoint(database.Host!, database.Port));
        var inLab = new NpgsqlConnectionStringBuilder(connectionString) { Host = NetworkLab.GatewayAddress, Port = forwarder.Endpoint.Port }.ConnectionString;
        using var certificates = new ClusterCertificates();

        await using var silo1 = StartSilo(lab, certificates, inLab, "silo1", 11111, 30000, seed: true);
        Assert.True(await ClusterMembership.WaitFor(connectionString, 11111, ClusterMembership.Active, TimeSpan.FromSeconds(90)), silo1.Output);
        await using var silo2 = StartSilo(lab, certificates, inLab, "silo2", 11112, 30001, seed: false);
        Assert.True(await ClusterMembership.WaitFor(connectionString, 11112, ClusterMembership.Active, TimeSpan.FromSeconds(90)), silo2.Output);
        await using var web1 = await StartWeb(lab, certificates, inLab, "web1");
        await using var web2 = await StartWeb(lab, certificates, inLab, "web2");

        var admin1 = await AdminClient("web1");
        var admin2 = await AdminClient("web2");
        var taskIds = await Durability.TaskIds(admin1, "dagan100");
        var issued = await (await admin1.PostAsJsonAsync("/api/display-tokens", new { name = "跨主机屏", campaignId = "dagan100" })).Content.ReadFromJsonAsync<JsonElement>();
        var displayToken = issued.GetProperty("token").GetString()!;
        var seen1 = new ConcurrentQueue<(DateTimeOffset At, string TaskId)>();
        var seen2 = new ConcurrentQueue<(DateTimeOffset At, string TaskId)>();
        await using var screen1 = await Screen("web1", displayToken, seen1);
        await using var screen2 = await Screen("web2", displayToken, seen2);

        await using var load1 = new UpdateLoad(admin1, taskIds, writers: 2);
        await using var load2 = new UpdateLoad(admin2, taskIds, writers: 2);
        load1.Start();
        load2.Start();
        await Task.Delay(TimeSpan.FromSeconds(8));
        var acknowledgedBeforeCut = load1.Outcomes.Count(o => o.Acknowledged) + load2.Outcomes.Count(o => o.Acknowledged);
        lab.Cut("silo1");
        var cutAt = DateTimeOffset.UtcNow;

        var declaredDead = await ClusterMembership.WaitFor(connectionString, 11111, ClusterMembership.Dead, TimeSpan.FromSeconds(60));
        var settledAt = DateTimeOffset.UtcNow;
        Assert.True(declaredDead, $"membership did not declare the cut-off silo dead: {silo2.Output}");

        // Every task answers again, through both web hosts, including those that lived on the cut-off silo.
        var servedAllAt = await EveryTaskServed([admin1, admin2], taskIds, TimeSpan.FromSeconds(60));

        // Screens on both web hosts keep receiving the changes made once the cluster serves again (the load goes on
        // meanwhile: a host whose observer was unreachable while the cluster settled hears the changes made after it
        // registered again; the wall itself catches up on what it missed from the sequence numbers, docs/HUB-PROTOCOL.md).
        var receivingFrom = servedAllAt ?? DateTimeOffset.UtcNow;
        foreach (var (name, seen) in new[] { ("web1", seen1), ("web2", seen2) })
        {
            Assert.True(await Until(() => seen.Any(c => c.At > receivingFrom), TimeSpan.FromSeconds(45)),
                $"the screen on {name} received no change after the cluster served again ({seen.Count} before)");
        }

        await load1.StopAsync();
        await load2.StopAsync();
        var outcomes = load1.Outcomes.Concat(load2.Outcomes).ToList();
        output.WriteLine($"cut silo1's link; declared dead after {(settledAt - cutAt).TotalSeconds:F1} s; every task served again after " +
                         $"{(servedAllAt is { } s ? $"{(s - cutAt).TotalSeconds:F1} s" : "never")}; outcomes {Durability.Summary(outcomes)}");
        Assert.True(acknowledgedBeforeCut > 20, $"the load did not run before the cut: {Durability.Summary(outcomes)}");
        Assert.True(servedAllAt is not null, $"some task was still not served 60 s after membership settled: {Durability.Summary(outcomes)}\n{web1.Output}");
        Assert.All(outcomes, o => Assert.True(o.Status is 200 or 503 or 0, $"{o.Note} on {o.TaskId}: {o.Status} after {o.Elapsed}"));

        var missing = await Durability.MissingAcknowledged(admin2, outcomes);
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged update(s) lost, e.g. {string.Join("; ", missing.Take(5))}");

        // The link heals: the silo finds itself declared dead and ends; restarted, it joins again.
        lab.Heal("silo1");
        var healedAt = DateTimeOffset.UtcNow;
        var exited = await silo1.ExitCode(TimeSpan.FromSeconds(60));
        Assert.True(exited is not null, $"the cut-off silo kept running after the link healed: {silo1.Output}");
        await using var rejoined = StartSilo(lab, certificates, inLab, "silo1", 11111, 30000, seed: false);
        Assert.True(await ClusterMembership.WaitFor(connectionString, 11111, ClusterMembership.Active, TimeSpan.FromSeconds(90)), rejoined.Output);
        output.WriteLine($"healed: the old silo ended after {(DateTimeOffset.UtcNow - healedAt).TotalSeconds:F1} s (exit {exited}), its restart is active");
        var overview = await admin2.GetFromJsonAsync<JsonElement>("/api/admin/cluster");
        Assert.Equal(2, overview.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Active"));
        Assert.NotNull(await EveryTaskServed([admin1, admin2], taskIds.Take(5).ToList(), TimeSpan.FromSeconds(30)));
        Assert.False(silo2.HasExited, silo2.Output);
    }

    private static SiloProcess StartSilo(NetworkLab lab, ClusterCertificates certificates, string connectionString, string host, int siloPort, int gatewayPort, bool seed)
    {
        var settings = new Dictionary<string, string>(FastMembership) { ["Orleans:AdvertisedIP"] = Hosts[host] };
        foreach (var (key, value) in certificates.Settings(certificates.Issue(host + "-" + Guid.NewGuid().ToString("N")[..4])))
        {
            settings[key] = value;
        }

        return SiloProcess.Start(connectionString, seed, settings, lab.Namespace(host), siloPort, gatewayPort);
    }

    private static async Task<ProgramProcess> StartWeb(NetworkLab lab, ClusterCertificates certificates, string connectionString, string host)
    {
        var environment = new Dictionary<string, string>(certificates.Settings(certificates.Issue(host)))
        {
            ["ConnectionStrings:CommandCenter"] = connectionString,
            ["Orleans:Mode"] = "Client",
            ["Orleans:Gateway:GatewayListRefreshPeriod"] = "00:00:02",
            ["Orleans:Messaging:ResponseTimeout"] = "00:00:05",
            ["Admin:Password"] = CommandCenterApp.AdminPassword,
        };
        var web = ProgramProcess.Start("web", environment, lab.Namespace(host), ["--urls", $"http://{Hosts[host]}:5080"]);
        using var client = new HttpClient { BaseAddress = Address(host), Timeout = TimeSpan.FromSeconds(5) };
        var ready = await Until(async () =>
        {
            try
            {
                return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(120));
        Assert.True(ready, $"{host} did not become ready: {web.Output}");
        return web;
    }

    private static Uri Address(string host) => new($"http://{Hosts[host]}:5080");

    private static async Task<HttpClient> AdminClient(string host)
    {
        var client = new HttpClient { BaseAddress = Address(host) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CommandCenterApp.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A wall screen on <paramref name="host"/> recording each change's task as it arrives.</summary>
    private static async Task<HubConnection> Screen(string host, string displayToken, ConcurrentQueue<(DateTimeOffset, string)> seen)
    {
        var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(Address(host), "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(displayToken))
            .Build();
        screen.On<JsonElement>("Changes", frame =>
        {
            foreach (var change in frame.EnumerateArray())
            {
                if (change.TryGetProperty("task", out var task) && task.TryGetProperty("id", out var id) && id.GetString() is { } taskId)
                {
                    seen.Enqueue((DateTimeOffset.UtcNow, taskId));
                }
            }
        });
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");
        return screen;
    }

    /// <summary>Posts an update to every task through each client until all are acknowledged; when, or null at the deadline.</summary>
    private static async Task<DateTimeOffset?> EveryTaskServed(IReadOnlyList<HttpClient> clients, IReadOnlyList<string> taskIds, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pending = clients.SelectMany(c => taskIds.Select(t => (Client: c, TaskId: t))).ToList();
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            var still = new List<(HttpClient, string)>();
            foreach (var (client, taskId) in pending)
            {
                try
                {
                    using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    var response = await client.PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { value = 11, note = "served-" + taskId }, wait.Token);
                    if (!response.IsSuccessStatusCode)
                    {
                        still.Add((client, taskId));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    still.Add((client, taskId));
                }
            }

            pending = still;
        }

        return pending.Count == 0 ? DateTimeOffset.UtcNow : null;
    }

    private static Task<bool> Until(Func<bool> condition, TimeSpan timeout) => Until(() => Task.FromResult(condition()), timeout);

    private static async Task<bool> Until(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
