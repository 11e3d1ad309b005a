using System.Diagnostics;

namespace CommandCenter.Persistence.LocalServer;

/// <summary>
/// The processes that use a managed server, one file per process (its id and start time) in the data folder's
/// <c>holders</c> folder. A process killed without stopping leaves its file behind; it counts as gone once no
/// process with that id and start time runs. Whoever releases the server last stops it.
/// </summary>
internal sealed class ServerHolders(string root)
{
    private string Folder => Path.Combine(root, "holders");

    private static string Me => Environment.ProcessId.ToString();

    public void Add()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, Me), StartTicks(Environment.ProcessId)?.ToString() ?? "");
    }

    public void Remove() => File.Delete(Path.Combine(Folder, Me));

    /// <summary>Forgets holders that no longer run; returns the ids of those that do.</summary>
    public IReadOnlyList<int> Living()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var living = new List<int>();
        foreach (var file in Directory.GetFiles(Folder))
        {
            if (int.TryParse(Path.GetFileName(file), out var id) && StartTicks(id)?.ToString() == File.ReadAllText(file).Trim())
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
