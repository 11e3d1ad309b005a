namespace CommandCenter.Storage.LocalServer;

/// <summary>
/// What a data folder's <c>postmaster.pid</c> says about its server: the postmaster's process id, its port and its
/// shared-memory segment; and whether that postmaster still runs (a zombie left unreaped by init counts as dead).
/// </summary>
internal sealed record Postmaster(int ProcessId, int Port, int? SharedMemoryId)
{
    public static Postmaster? Read(string dataFolder)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(dataFolder, "postmaster.pid"));
        }
        catch (IOException)
        {
            return null;
        }

        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port))
        {
            return null;
        }

        int? shmId = lines.Length > 6 && lines[6].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var id] && int.TryParse(id, out var parsed)
            ? parsed
            : null;
        return new Postmaster(pid, port, shmId);
    }

    public bool IsRunning => IsAlive(ProcessId);

    /// <summary>Processes (orphaned backends of a killed postmaster) still attached to its shared memory.</summary>
    public int AttachedProcesses()
    {
        const string table = "/proc/sysvipc/shm";
        if (SharedMemoryId is not { } id || !File.Exists(table))
        {
            return 0;
        }

        foreach (var line in File.ReadLines(table).Skip(1))
        {
            // key shmid perms size cpid lpid nattch …
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length > 6 && columns[1] == id.ToString())
            {
                return int.TryParse(columns[6], out var attached) ? attached : 0;
            }
        }

        return 0;
    }

    public static bool IsAlive(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // "pid (comm) S …": the state follows the last ')'.
                var text = File.ReadAllText(stat);
                var state = text[(text.LastIndexOf(')') + 2)..].TrimStart()[0];
                return state is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return true;
            }
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
