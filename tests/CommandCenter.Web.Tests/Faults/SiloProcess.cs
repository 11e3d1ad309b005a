using System.Diagnostics;
using System.Text;
using CommandCenter.Web.Tests.Browser;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// A dedicated silo (<c>silo/</c>) run as a real process from its build output, joined to the cluster recorded in
/// <paramref name="connectionString"/>'s database; <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process) => _process = process;

    public int SiloPort { get; private init; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int GatewayPort { get; private init; }

    /// <summary>Waits for the process to end by itself; its exit code, or null if it still runs at the deadline.</summary>
    public async Task<int?> ExitCode(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The last lines the silo wrote, for failure messages.</summary>
    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static SiloProcess Start(string connectionString, bool seed, IReadOnlyDictionary<string, string> settings)
    {
        var siloPort = FreePorts.Next();
        var gatewayPort = FreePorts.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(SiloAssembly())!,
        };
        info.ArgumentList.Add(SiloAssembly());
        info.Environment["ConnectionStrings__CommandCenter"] = connectionString;
        info.Environment["Orleans__SiloPort"] = siloPort.ToString();
        info.Environment["Orleans__GatewayPort"] = gatewayPort.ToString();
        info.Environment["Orleans__SeedDemoCampaign"] = seed ? "true" : "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the silo process.");
        var silo = new SiloProcess(process) { SiloPort = siloPort, GatewayPort = gatewayPort };
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length > 20_000)
            {
                _output.Remove(0, 10_000);
            }

            _output.AppendLine(line);
        }
    }

    /// <summary>silo/bin/{Configuration}/net10.0/CommandCenter.Silo.dll, built with the tests (a project reference).</summary>
    private static string SiloAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/Release/net10.0/
        var path = Path.Combine(RepositoryFolder.Find(), "silo", "bin", configuration, "net10.0", "CommandCenter.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the silo first (dotnet build silo).", path);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
