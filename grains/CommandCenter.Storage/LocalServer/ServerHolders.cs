using System.Diagnostics;

namespace CommandCenter.Storage.LocalServer;

/// <summary>
/// The processes that use a managed server, one file per user of it (named by the process id, holding the
/// process's start time) in the data folder's <c>holders</c> folder. A process killed without stopping leaves its file behind; it counts as gone once no
/// process with that id and start time runs. Whoever releases the server last stops it.
/// </summary>
internal sealed class ServerHolders(string root)
{
    private string Folder => Path.Combine(root, "holders");

    private readonly string _me = $"{Environment.ProcessId}.{Guid.NewGuid():N}";

    public void Add()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, _me), StartTicks(Environment.ProcessId)?.ToString() ?? "");
    }

    public void Remove() => File.Delete(Path.Combine(Folder, _me));

    /// <summary>Forgets holders whose process no longer runs; returns the process ids of those that do.</summary>
    public IReadOnlyList<int> Living()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var living = new List<int>();
        foreach (var file in Directory.GetFiles(Folder))
        {
            if (int.TryParse(Path.GetFileName(file).Split('.')[0], out var id) && StartTicks(id)?.ToString() == File.ReadAllText(file).Trim())
            {
                living.Add(id);
            }
            else
            {
                File.Delete(file);
            }
        }

        return living;
    }

    private static long? StartTicks(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
