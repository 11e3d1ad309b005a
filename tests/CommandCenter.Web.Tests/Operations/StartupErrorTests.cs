using System.Net;
using System.Net.Sockets;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// A start that cannot succeed ends at once with exit code 2 and one sentence saying what to do — never a stack
/// trace — for each thing an operator gets wrong: PostgreSQL programs missing, the port taken, the external
/// database unreachable, a data folder that belongs to another user.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-startup-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Missing_PostgreSQL_programs_end_the_start_with_the_apt_get_command()
    {
        var output = await FailedStart(new() { ["Storage:DataDirectory"] = _folder, ["Storage:BinDirectory"] = Path.Combine(_folder, "no-such-bin") });
        Assert.Contains("apt-get install postgresql", output);
    }

    [Fact]
    public async Task An_occupied_port_ends_the_start_naming_the_port_and_how_to_choose_another()
    {
        using var holder = new TcpListener(IPAddress.Loopback, FreePorts.Next());
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var output = await FailedStart(new() { ["Storage:DataDirectory"] = _folder }, port);
        Assert.Contains($"Port {port} (--urls) is already in use", output);
    }

    [Fact]
    public async Task An_unreachable_external_database_ends_the_start_naming_its_address()
    {
        var closed = FreePorts.Next();
        var output = await FailedStart(new() { ["ConnectionStrings:CommandCenter"] = $"Host=127.0.0.1;Port={closed};Username=cc;Password=cc;Database=cc;Timeout=3" });
        Assert.Contains($"Cannot connect to the PostgreSQL server at 127.0.0.1:{closed}", output);
        Assert.Contains("ConnectionStrings:CommandCenter", output);
    }

    [Fact]
    public async Task A_data_folder_owned_by_another_user_ends_the_start_with_the_chown_to_run()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "pgdata"));
        var root = Environment.UserName == "root";
        // As root the server runs as postgres, so a folder of "nobody" is another user's; otherwise an unwritable folder is.
        using (var change = System.Diagnostics.Process.Start(root ? "chown" : "chmod", root ? ["-R", "nobody", _folder] : ["0555", _folder]))
        {
            await change.WaitForExitAsync();
        }

        var output = await FailedStart(new() { ["Storage:DataDirectory"] = _folder });
        Assert.Contains(root ? "belongs to the user nobody" : "cannot be written by the user", output);
        Assert.Contains("chown -R", output);
    }

    private static async Task<string> FailedStart(Dictionary<string, string> settings, int? port = null)
    {
        await using var host = WebHostProcess.Start(settings, port);
        Assert.True(await host.WaitForExit(TimeSpan.FromSeconds(90)), $"the start did not end:\n{host.Output}");
        await Task.Delay(200); // the last lines of output
        var output = host.Output;
        Assert.True(host.ExitCode == 2, $"exit code {host.ExitCode}:\n{output}");
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Unhandled exception", output);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return output;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
