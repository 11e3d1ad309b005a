using CommandCenter.Web.Tests.Browser;
using CommandCenter.Web.Tests.Faults;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// The web host (co-hosted silo) run as a real program from its build output, as an operator runs it: its own
/// managed PostgreSQL in a data folder, SIGTERM to stop it, <c>kill -9</c> to crash it, and its console output.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private readonly ProgramProcess _program;

    private WebHostProcess(ProgramProcess program, int port) => (_program, Port) = (program, port);

    public int Port { get; }

    public int ProcessId => _program.ProcessId;

    public bool HasExited => _program.HasExited;

    public int ExitCode => _program.ExitCodeNow;

    public string Output => _program.Output;

    public HttpClient Client() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Runs <c>CommandCenter.Web.dll</c> with <paramref name="arguments"/> (a command, or none) and settings as environment variables.</summary>
    public static WebHostProcess Start(IReadOnlyDictionary<string, string> settings, int? port = null, params string[] arguments)
    {
        var listen = port ?? FreePorts.Next();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listen}",
            ["Admin__Password"] = CommandCenterApp.AdminPassword,
            ["Orleans__SiloPort"] = FreePorts.Next().ToString(),
            ["Orleans__GatewayPort"] = FreePorts.Next().ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__CommandCenter.Storage"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__")] = value;
        }

        return new WebHostProcess(ProgramProcess.Start("web", environment, arguments: arguments), listen);
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200.</summary>
    public async Task WaitUntilReady(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !HasExited)
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

            await Task.Delay(500);
        }

        throw new TimeoutException($"The web host did not become ready within {timeout}:\n{Output}");
    }

    /// <summary>Waits for the program to end by itself; false if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExit(TimeSpan timeout) => await _program.ExitCode(timeout) is not null;

    /// <summary>SIGTERM, as systemd or Ctrl+C sends it.</summary>
    public void Terminate() => _program.Terminate();

    /// <summary><c>kill -9</c>: no shutdown at all.</summary>
    public void Kill() => _program.Kill();

    public static void Signal(string signal, int processId) => ProgramProcess.Signal(signal, processId);

    public ValueTask DisposeAsync() => _program.DisposeAsync();
}
