using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Orleans TLS: two dedicated silos and a client-mode web host that authenticate each other with certificates of the
/// cluster's authority; the silo and gateway ports speak nothing but TLS and refuse a certificate of another authority;
/// a silo advertising a routable address without a certificate refuses to start and says why.
/// </summary>
public sealed class OrleansTlsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_two_silo_cluster_and_a_client_web_host_run_over_mutual_TLS_and_refuse_a_stranger_s_certificate()
    {
        using var certificates = new ClusterCertificates();
        using var strangers = new ClusterCertificates("Someone else's CA");
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var first = SiloProcess.Start(connectionString, seed: true, certificates.Settings(certificates.Issue("silo-1")));
        Assert.True(await ClusterMembership.WaitFor(connectionString, first.SiloPort, ClusterMembership.Active, TimeSpan.FromSeconds(90)), first.Output);
        await using var second = SiloProcess.Start(connectionString, seed: false, certificates.Settings(certificates.Issue("silo-2")));
        Assert.True(await ClusterMembership.WaitFor(connectionString, second.SiloPort, ClusterMembership.Active, TimeSpan.FromSeconds(90)), second.Output);

        var web = new Dictionary<string, string?> { ["Orleans:Mode"] = "Client" };
        foreach (var (key, value) in certificates.Settings(certificates.Issue("web-1")))
        {
            web[key] = value;
        }

        await using var app = CommandCenterApp.Start(connectionString, settings: web);
        var admin = await app.AdminClient();
        var taskIds = await Durability.TaskIds(admin, "dagan100");
        foreach (var taskId in taskIds.Take(12)) // spread over both silos
        {
            var response = await admin.PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { value = 3, note = "mTLS" });
            Assert.True(response.IsSuccessStatusCode, $"{taskId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var overview = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/cluster");
        Assert.Equal(2, overview.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Active"));

        // Both ports of each silo answer a TLS handshake with a cluster certificate, presenting the silo's own …
        foreach (var (port, name) in new[] { (first.SiloPort, "silo-1"), (first.GatewayPort, "silo-1"), (second.SiloPort, "silo-2"), (second.GatewayPort, "silo-2") })
        {
            var presented = await Handshake(port, certificates.Load(certificates.Issue("probe")));
            Assert.NotNull(presented);
            Assert.Equal("CN=" + name, presented!.Subject);
        }

        // … and end the connection of a client whose certificate another authority issued, or who has none.
        Assert.False(await Accepted(first.GatewayPort, strangers.Load(strangers.Issue("intruder"))));
        Assert.False(await Accepted(second.SiloPort, null));
        Assert.False(first.HasExited, first.Output);
        Assert.False(second.HasExited, second.Output);
    }

    [Fact]
    public async Task A_silo_on_a_routable_address_without_a_certificate_refuses_to_start_and_says_why()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var silo = SiloProcess.Start(connectionString, seed: false, new Dictionary<string, string> { ["Orleans:AdvertisedIP"] = "10.77.0.99" });

        var exitCode = await silo.ExitCode(TimeSpan.FromSeconds(60));

        Assert.True(exitCode is not null and not 0, $"the silo kept running or exited 0: {silo.Output}");
        Assert.Contains("Orleans:AdvertisedIP is 10.77.0.99", silo.Output);
        Assert.Contains("Orleans:Tls:CertificatePath", silo.Output);
        Assert.Null(await ClusterMembership.StatusOf(connectionString, silo.SiloPort).ContinueWith(t => t.IsFaulted ? null : t.Result));
    }

    /// <summary>The server certificate after a handshake with <paramref name="certificate"/> (trusting anything).</summary>
    private static async Task<X509Certificate2?> Handshake(int port, X509Certificate2? certificate)
    {
        var (tcp, tls) = await Connect(port, certificate);
        using (tcp)
        await using (tls)
        {
            return tls.RemoteCertificate is { } remote ? new X509Certificate2(remote) : null;
        }
    }

    /// <summary>Whether the silo keeps a TLS connection made with <paramref name="certificate"/>: a refused one fails the handshake or is closed at once.</summary>
    private static async Task<bool> Accepted(int port, X509Certificate2? certificate)
    {
        try
        {
            var (tcp, tls) = await Connect(port, certificate);
            using (tcp)
            await using (tls)
            {
                // TLS 1.3 reports a refused client certificate only on the first read.
                var read = await tls.ReadAsync(new byte[1]).AsTask().WaitAsync(TimeSpan.FromSeconds(15));
                return read > 0;
            }
        }
        catch (Exception exception) when (exception is IOException or System.Security.Authentication.AuthenticationException or SocketException)
        {
            return false;
        }
        catch (TimeoutException)
        {
            return true; // the silo kept the connection open, waiting for Orleans' preamble
        }
    }

    private static async Task<(TcpClient Tcp, SslStream Tls)> Connect(int port, X509Certificate2? certificate)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var tls = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
        try
        {
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "silo",
                ClientCertificates = certificate is null ? [] : [certificate],
            }).WaitAsync(TimeSpan.FromSeconds(15));
            return (tcp, tls);
        }
        catch
        {
            await tls.DisposeAsync();
            tcp.Dispose();
            throw;
        }
    }
}
