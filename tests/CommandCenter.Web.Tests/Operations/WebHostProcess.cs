using System.Diagnostics;
using System.Text;
using CommandCenter.Web.Tests.Browser;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// The web host (co-hosted silo) run as a real program from its build output, as an operator runs it: its own
/// managed PostgreSQL in a data folder, SIGTERM to stop it, <c>kill -9</c> to crash it, and its console output.
/// </summary>
public sealed class WebHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebHostProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public HttpClient Client() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Runs <c>CommandCenter.Web.dll</c> with <paramref name="arguments"/> (a command, or none) and settings as environment variables.</summary>
    public static WebHostProcess Start(IReadOnlyDictionary<string, string> settings, int? port = null, params string[] arguments)
    {
        var listen = port ?? FreePorts.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebAssembly())!,
        };
        info.ArgumentList.Add(WebAssembly());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listen}";
        info.Environment["Admin__Password"] = CommandCenterApp.AdminPassword;
        info.Environment["Orleans__SiloPort"] = FreePorts.Next().ToString();
        info.Environment["Orleans__GatewayPort"] = FreePorts.Next().ToString();
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__CommandCenter.Storage"] = "Information";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the web host.");
        var host = new WebHostProcess(process, listen);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200.</summary>
    public async Task WaitUntilReady(TimeSpan timeout)
    {
        using var client = Client();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
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
    public async Task<bool> WaitForExit(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C sends it.</summary>
    public void Terminate() => Signal("TERM", _process.Id);

    /// <summary><c>kill -9</c>: no shutdown at all.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public static void Signal(string signal, int processId)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString()]);
        kill.WaitForExit();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length > 2_000_000)
            {
                _output.Remove(0, 1_000_000);
            }

            _output.AppendLine(line);
        }
    }

    /// <summary>web/bin/{Configuration}/net10.0/CommandCenter.Web.dll, built with the tests (a project reference).</summary>
    private static string WebAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryFolder.Find(), "web", "bin", configuration, "net10.0", "CommandCenter.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the web host first (dotnet build web).", path);
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
