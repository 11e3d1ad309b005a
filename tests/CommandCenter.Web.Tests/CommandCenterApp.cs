using System.Net.Http.Headers;
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

    private CommandCenterApp(string connectionString, int port, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services) =>
        (_connectionString, _port, _settings, _services) = (connectionString, port, settings ?? new Dictionary<string, string?>(), services);

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}");

    public int Port => _port;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Starts the host on <paramref name="port"/> (a free one by default), with extra configuration
    /// <paramref name="settings"/> (e.g. <c>Orleans:Mode=Client</c>) and extra <paramref name="services"/>.
    /// </summary>
    public static CommandCenterApp Start(string connectionString, int? port = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = new CommandCenterApp(connectionString, port ?? FreePorts.Next(), settings, services);
        app.UseKestrel(app._port);
        app.StartServer();
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CommandCenter", _connectionString);
        builder.UseSetting("Orleans:SiloPort", FreePorts.Next().ToString());
        builder.UseSetting("Orleans:GatewayPort", FreePorts.Next().ToString());
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
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

    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    public Task<HttpClient> AdminClient() => ClientFor("admin", AdminPassword);

    /// <summary>A client signed in with the bearer token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientFor(string userName, string password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HubConnection WallConnection() =>
        new HubConnectionBuilder().WithUrl(new Uri(BaseAddress, "/hubs/wall")).Build();

    /// <summary>A connection to the updates hub with <paramref name="token"/> as its bearer token (none if null).</summary>
    public HubConnection UpdatesConnection(string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(BaseAddress, "/hubs/updates"), o =>
        {
            if (token is not null)
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }
        })
        .Build();

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
}
