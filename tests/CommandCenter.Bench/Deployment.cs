using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CommandCenter.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommandCenter.Bench;

/// <summary>
/// What is measured: either a running deployment (<c>--url</c>, <c>--connection-string</c>) or one started here — a
/// managed PostgreSQL in a temporary folder and the Release build of the web host (co-hosted silo) as its own process.
/// </summary>
public sealed class Deployment : IAsyncDisposable
{
    public const string AdminPassword = "Bench-Pa55word!";

    private LocalPostgresServer? _postgres;
    private Process? _web;
    private string? _folder;

    public required Uri Url { get; init; }
    public required string ConnectionString { get; init; }

    /// <summary>Peak resident memory of the web host (VmHWM), when this process started it.</summary>
    public double? PeakWorkingSetMb => _web is { HasExited: false } web
        ? File.ReadLines($"/proc/{web.Id}/status").Where(l => l.StartsWith("VmHWM:")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault()
        : null;

    /// <summary>Resident memory of the web host now (VmRSS), when this process started it.</summary>
    public double? RssMb => _web is { HasExited: false } web
        ? File.ReadLines($"/proc/{web.Id}/status").Where(l => l.StartsWith("VmRSS:")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault()
        : null;

    /// <summary>Processor time the web host has used so far, when this process started it.</summary>
    public TimeSpan? WebCpuTime
    {
        get
        {
            if (_web is not { HasExited: false } web)
            {
                return null;
            }

            web.Refresh();
            return web.TotalProcessorTime;
        }
    }

    public static async Task<Deployment> StartAsync(BenchOptions options)
    {
        if (options.Url is { } url)
        {
            return new Deployment { Url = url, ConnectionString = options.ConnectionString ?? (options.Runs("p1") ? throw new ArgumentException("--url needs --connection-string for the raw limit.") : "") };
        }

        var repository = Repository();
        var folder = Path.Combine(Path.GetTempPath(), "commandcenter-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var postgres = await LocalPostgresServer.StartAsync(folder, null, NullLogger.Instance);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(repository, "web", "CommandCenter.Web", "bin", "Release", "net10.0", "CommandCenter.Web.dll"),
                "--urls", $"http://127.0.0.1:{port}", "--ConnectionStrings:CommandCenter", postgres.ConnectionString,
                "--Admin:Password", AdminPassword, "--Orleans:SiloPort", FreePort().ToString(), "--Orleans:GatewayPort", FreePort().ToString(),
                "--Logging:LogLevel:Default", "Warning",
                // The benchmark's screens are anonymous and its many clients come from one address.
                "--Wall:Public", "true", "--RateLimits:SignInPerMinute", "100000", "--RateLimits:AnonymousPerMinute", "100000",
            },
            WorkingDirectory = Path.Combine(repository, "web", "CommandCenter.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in options.HostSettings)
        {
            start.ArgumentList.Add("--" + setting[..setting.IndexOf('=')]);
            start.ArgumentList.Add(setting[(setting.IndexOf('=') + 1)..]);
        }

        var web = Process.Start(start)!;

        web.OutputDataReceived += (_, _) => { };
        web.ErrorDataReceived += (_, _) => { };
        web.BeginOutputReadLine();
        web.BeginErrorReadLine();
        var deployment = new Deployment { Url = new Uri($"http://127.0.0.1:{port}"), ConnectionString = postgres.ConnectionString, _postgres = postgres, _web = web, _folder = folder };
        await deployment.WaitUntilReady();
        return deployment;
    }

    private const int MaxConnections = 256;

    public async Task<HttpClient> AdminClient()
    {
        // At most 256 requests in flight: beyond the rate the host answers, further updates wait in the client (the
        // latency from sending counts the wait) instead of opening a socket each, which ran the load generator and the
        // host out of file descriptors (20,000 on this machine) at 1,500 updates/s.
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections }) { BaseAddress = Url };
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword }))
            .Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(500))
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
        }

        throw new TimeoutException("The web host did not become ready within 2 minutes (is it built? dotnet build web -c Release).");
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommandCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CommandCenter.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is { HasExited: false } web)
        {
            web.Kill(entireProcessTree: true);
            await web.WaitForExitAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            Directory.Delete(_folder!, recursive: true);
        }
    }
}
