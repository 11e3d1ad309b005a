namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// A dedicated silo (<c>silo/</c>) run as a real process from its build output, joined to the cluster recorded in
/// the connection string's database; <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly ProgramProcess _process;

    private SiloProcess(ProgramProcess process) => _process = process;

    public int SiloPort { get; private init; }

    public int GatewayPort { get; private init; }

    public int ProcessId => _process.ProcessId;

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the silo wrote, for failure messages.</summary>
    public string Output => _process.Output;

    /// <summary>
    /// Starts a silo with <paramref name="settings"/> as extra configuration; inside <paramref name="networkNamespace"/>
    /// when given (fixed ports are fine there: the namespace has its own).
    /// </summary>
    public static SiloProcess Start(string connectionString, bool seed, IReadOnlyDictionary<string, string> settings,
        string? networkNamespace = null, int? siloPort = null, int? gatewayPort = null)
    {
        var silo = siloPort ?? FreePorts.Next();
        var gateway = gatewayPort ?? FreePorts.Next();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings:CommandCenter"] = connectionString,
            ["Orleans:SiloPort"] = silo.ToString(),
            ["Orleans:GatewayPort"] = gateway.ToString(),
            ["Orleans:SeedDemoCampaign"] = seed ? "true" : "false",
            ["Demo:History"] = "false", // the fault tests need only the demo's plan, and start faster without its cases
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return new SiloProcess(ProgramProcess.Start("silo", environment, networkNamespace)) { SiloPort = silo, GatewayPort = gateway };
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the cluster.</summary>
    public void Kill() => _process.Kill();

    /// <summary>Waits for the silo to end by itself; its exit code, or null if it still runs at the deadline.</summary>
    public Task<int?> ExitCode(TimeSpan timeout) => _process.ExitCode(timeout);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
