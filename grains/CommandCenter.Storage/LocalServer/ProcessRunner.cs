using System.Diagnostics;

namespace CommandCenter.Storage.LocalServer;

/// <summary>Runs a program to completion, optionally as another system user, and returns what it printed.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> Run(string program, IEnumerable<string> arguments, string? asUser,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(asUser is null ? program : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser is not null)
        {
            foreach (var part in new[] { "-u", asUser, "--", program })
            {
                start.ArgumentList.Add(part);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }

    public static async Task<string> RunChecked(string program, IEnumerable<string> arguments, string? asUser,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output) = await Run(program, arguments, asUser, cancellationToken, environment);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {exitCode}: {output.Trim()}");
    }
}
