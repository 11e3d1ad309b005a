using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommandCenter.Web.Tests;

/// <summary>The real web host (co-hosted silo) on Kestrel at a loopback port, on a test database.</summary>
public sealed class CommandCenterApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Pa55!";

    private readonly string _connectionString;
    private readonly int _port;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly X509Certificate2? _certificate;

    private CommandCenterApp(string connectionString, int port, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services,
        X509Certificate2? certificate = null) =>
        (_connectionString, _port, _settings, _services, _certificate) = (connectionString, port, settings ?? new Dictionary<string, string?>(), services, certificate);

    public Uri BaseAddress => new($"{(_certificate is null ? "http" : "https")}://127.0.0.1:{_port}");

    public int Port => _port;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Starts the host on <paramref name="port"/> (a free one by default), with extra configuration
    /// <paramref name="settings"/> (e.g. <c>Orleans:Mode=Client</c>) and extra <paramref name="services"/>.
    /// </summary>
    public static CommandCenterApp Start(string connectionString, int? port = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        SeededDatabases.CheckFits(connectionString, settings, services is not null);
        var app = new CommandCenterApp(connectionString, port ?? FreePorts.Next(), settings, services);
        app.UseKestrel(app._port);
        app.StartServer();
        return app;
    }

    /// <summary>
    /// Starts the host on HTTPS only, with a fresh <see cref="TestCertificate"/> that this app's own clients (and a
    /// browser context that accepts it) trust.
    /// </summary>
    public static CommandCenterApp StartHttps(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        SeededDatabases.CheckFits(connectionString, settings, ownServices: false);
        var port = FreePorts.Next();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["urls"] = $"https://127.0.0.1:{port}" };
        var app = new CommandCenterApp(connectionString, port, all, null, TestCertificate.Create());
        app.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, port, listen => listen.UseHttps(app._certificate!)));
        app.StartServer();
        return app;
    }

    /// <summary>An HTTP handler that trusts this host's test certificate (and no other), or a plain one for HTTP.</summary>
    public HttpMessageHandler Handler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = _certificate is null ? null : (_, presented, _, _) => presented?.Thumbprint == _certificate.Thumbprint,
    };

    private void TrustOwnCertificate(Microsoft.AspNetCore.Http.Connections.Client.HttpConnectionOptions options)
    {
        if (_certificate is not null)
        {
            options.HttpMessageHandlerFactory = _ => Handler();
            options.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented?.GetCertHashString() == _certificate.Thumbprint;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CommandCenter", _connectionString);
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString());
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Many clients of one test come from 127.0.0.1: the sign-in and anonymous limits are raised here, and the
        // tests of the limits themselves set the defaults back.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        // The Orleans dashboard's profiler and start-up nearly double a test host's life (measured: 6 tests in 28 s with it,
        // 17 s without); the tests of the dashboard itself turn it on.
        builder.UseSetting("Orleans:Dashboard:Enabled", "false");
        // The tests count on a demo drive without grids, cases or published briefings; DemoHistoryTests turn them on.
        builder.UseSetting("Demo:History", "false");
        // A silo's stop waits for its grains to deactivate, and a grain call caught by the stop can hold that up to
        // Orleans' 30 s response timeout: the host's default 30 s shutdown window would then cancel the stop half-way.
        builder.ConfigureServices(services => services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(90)));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public HttpClient Client() => new(Handler()) { BaseAddress = BaseAddress };

    public Task<HttpClient> AdminClient() => ClientFor("admin", AdminPassword);

    private Task<string>? _readerToken;

    /// <summary>
    /// A client that reads as the office (reads need an account): its bearer token is fetched on the first request
    /// and shared by this host's readers, so a test that only checks what it reads need not sign in itself.
    /// </summary>
    public HttpClient Reader() => new(new BearerHandler(() => _readerToken ??= TokenFor("admin", AdminPassword), Handler())) { BaseAddress = BaseAddress };

    private sealed class BearerHandler(Func<Task<string>> token, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token());
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private async Task<string> TokenFor(string userName, string password)
    {
        var response = await Client().PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A client signed in with the bearer token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientFor(string userName, string password)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(userName, password));
        return client;
    }

    private Task<string>? _displayToken;

    /// <summary>
    /// A display token for every campaign, issued by the office on first use and shared by this host's wall
    /// connections and wall pages (walls are private unless <c>Wall:Public</c>).
    /// </summary>
    public Task<string> DisplayToken() => _displayToken ??= IssueDisplayToken(null);

    /// <summary>Issues a display token for <paramref name="campaignId"/> (every campaign if null) and returns its secret.</summary>
    public async Task<string> IssueDisplayToken(string? campaignId)
    {
        var response = await (await AdminClient()).PostAsJsonAsync("/api/display-tokens", new { name = "测试屏 test screen", campaignId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>A wall hub connection that comes with this host's <see cref="DisplayToken"/>.</summary>
    public HubConnection WallConnection() => new HubConnectionBuilder()
        .WithUrl(new Uri(BaseAddress, "/hubs/wall"), o =>
        {
            o.AccessTokenProvider = async () => await DisplayToken();
            TrustOwnCertificate(o);
        })
        .Build();

    /// <summary>The address of a wall page (e.g. <c>/wall/dagan100?pages=overview</c>) with this host's display token.</summary>
    public async Task<Uri> WallAddress(string pathAndQuery) =>
        new(BaseAddress, pathAndQuery + (pathAndQuery.Contains('?') ? '&' : '?') + "token=" + Uri.EscapeDataString(await DisplayToken()));

    /// <summary>A connection to the updates hub with <paramref name="token"/> as its bearer token (none if null).</summary>
    public HubConnection UpdatesConnection(string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(BaseAddress, "/hubs/updates"), o =>
        {
            if (token is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }

            TrustOwnCertificate(o);
        })
        .Build();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
}
