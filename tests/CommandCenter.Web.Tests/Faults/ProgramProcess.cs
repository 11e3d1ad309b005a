using System.Diagnostics;
using System.Text;
using CommandCenter.Web.Tests.Browser;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// One of the product's programs (<c>silo/</c> or <c>web/CommandCenter.Web/</c>) run as a real process from its build output with
/// <paramref name="environment"/> as configuration, optionally inside a network namespace (<c>ip netns exec</c>,
/// which execs: the process id is the program's own). <see cref="Kill"/> is <c>kill -9</c>.
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProgramProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCodeNow => _process.ExitCode;

    /// <summary>The last lines the program wrote (up to about 2 MB), for checks of its log and for failure messages.</summary>
    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    /// <param name="program"><c>silo</c> or <c>web</c>.</param>
    public static ProgramProcess Start(string program, IReadOnlyDictionary<string, string> environment, string? networkNamespace = null, IEnumerable<string>? arguments = null)
    {
        var assembly = Assembly(program);
        var info = new ProcessStartInfo(networkNamespace is null ? "dotnet" : "ip")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        if (networkNamespace is not null)
        {
            foreach (var argument in new[] { "netns", "exec", networkNamespace, "dotnet" })
            {
                info.ArgumentList.Add(argument);
            }
        }

        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments ?? [])
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key.Replace(":", "__")] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var started = new ProgramProcess(process);
        process.OutputDataReceived += (_, e) => started.Append(e.Data);
        process.ErrorDataReceived += (_, e) => started.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary><c>kill -9</c>: no shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C sends it.</summary>
    public void Terminate() => Signal("TERM", _process.Id);

    public static void Signal(string signal, int processId)
    {
        using var kill = Process.Start("kill", ["-" + signal, processId.ToString()]);
        kill.WaitForExit();
    }

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

    /// <summary>
    /// silo/bin/{Configuration}/net10.0/CommandCenter.Silo.dll or web/CommandCenter.Web/bin/…/CommandCenter.Web.dll,
    /// built with the tests (a project reference).
    /// </summary>
    private static string Assembly(string program)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/Release/net10.0/
        var (folder, name) = program == "web" ? (Path.Combine("web", "CommandCenter.Web"), "CommandCenter.Web.dll") : ("silo", "CommandCenter.Silo.dll");
        var path = Path.Combine(RepositoryFolder.Find(), folder, "bin", configuration, "net10.0", name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the {program} first (dotnet build {folder}).", path);
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
