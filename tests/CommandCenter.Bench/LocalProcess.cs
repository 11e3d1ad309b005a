using System.Globalization;

namespace CommandCenter.Bench;

/// <summary>A process on this machine, read from <c>/proc</c>: the web host behind a loopback address, and its memory.</summary>
public static class LocalProcess
{
    /// <summary>Resident memory (VmRSS) in MB, or null when the process is gone or unreadable.</summary>
    public static double? RssMb(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// The resident memory in MB of the largest Chromium renderer among the descendants of <paramref name="ancestor"/>
    /// (the soak's one page: its DOM, layout and JS heap, and the wall's WebAssembly memory), or null when none is found.
    /// </summary>
    public static double? LargestRendererRssMb(int ancestor)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var pid in Processes())
        {
            try
            {
                // pid (comm) state ppid …; comm may hold spaces and parentheses, so read after the last ')'.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
            }
        }

        var descendants = new List<int>();
        var next = new Queue<int>([ancestor]);
        while (next.TryDequeue(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                descendants.Add(child);
                next.Enqueue(child);
            }
        }

        return descendants.Where(IsRenderer).Select(RssMb).Max();
    }

    private static bool IsRenderer(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("--type=renderer", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static IEnumerable<int> Processes() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture));

    /// <summary>
    /// The process listening on <paramref name="url"/>'s port when the address is this machine's loopback (the listening
    /// socket's inode from <c>/proc/net/tcp</c>, then the process holding it); null when none is found or readable.
    /// </summary>
    public static int? ListeningOn(Uri url)
    {
        if (!url.IsLoopback || !OperatingSystem.IsLinux())
        {
            return null;
        }

        var port = url.Port.ToString("X4", CultureInfo.InvariantCulture);
        var inodes = new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists).SelectMany(File.ReadLines).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            // sl local_address rem_address st … inode; st 0A is LISTEN
            .Where(f => f.Length > 9 && f[1].EndsWith(":" + port, StringComparison.Ordinal) && f[3] == "0A")
            .Select(f => $"socket:[{f[9]}]").ToHashSet(StringComparer.Ordinal);
        if (inodes.Count == 0)
        {
            return null;
        }

        foreach (var process in Processes())
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries($"/proc/{process}/fd").Any(fd => new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)))
                {
                    return process;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's process, or one that just ended.
            }
        }

        return null;
    }
}
