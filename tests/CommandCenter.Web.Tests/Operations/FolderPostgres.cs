namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// The PostgreSQL processes of ONE managed data folder — its postmaster (found by the folder on its command line)
/// and that postmaster's children — so a test kills and counts only its own server, never another test's.
/// </summary>
public sealed class FolderPostgres(string dataDirectory)
{
    private readonly string _pgdata = Path.Combine(Path.GetFullPath(dataDirectory), "pgdata");
    private readonly HashSet<int> _seen = [];

    /// <summary>The running postmaster of the folder, or null.</summary>
    public int? Postmaster() => Running().Select(p => (int?)p.Pid).FirstOrDefault(pid => CommandLine(pid!.Value).Contains(_pgdata));

    /// <summary>The postmaster and its children now; every process returned is remembered for <see cref="AnyLeft"/>.</summary>
    public IReadOnlyList<int> Processes()
    {
        if (Postmaster() is not { } postmaster)
        {
            return [];
        }

        var all = Running().Where(p => p.Pid == postmaster || p.ParentPid == postmaster).Select(p => p.Pid).ToList();
        _seen.UnionWith(all);
        return all;
    }

    /// <summary>kill -9 of the folder's postmaster only (its children are left to notice by themselves, as in a crash).</summary>
    public int KillPostmaster()
    {
        Processes();
        var postmaster = Postmaster() ?? throw new InvalidOperationException($"No postmaster runs for {_pgdata}.");
        WebHostProcess.Signal("KILL", postmaster);
        return postmaster;
    }

    /// <summary>Processes of this folder still running: a postmaster of it, or any of its processes seen before.</summary>
    public IReadOnlyList<int> AnyLeft()
    {
        var alive = Running().Select(p => p.Pid).ToHashSet();
        return Processes().Concat(_seen.Where(alive.Contains)).Distinct().ToList();
    }

    private static IEnumerable<(int Pid, int ParentPid)> Running()
    {
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(folder, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // "pid (comm) S ppid …"; zombies have ended.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[0] is "Z" or "X" || !stat.Contains("(postgres)"))
            {
                continue;
            }

            yield return (pid, int.Parse(fields[1]));
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
