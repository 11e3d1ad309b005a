using Microsoft.Extensions.Configuration;

namespace CommandCenter.Storage.Operations;

/// <summary>Scheduled backups (<c>Backup:*</c>): where, when, how many are kept.</summary>
public sealed record BackupSettings
{
    /// <summary>Folder of the backup files; default <c>backups</c> beside the managed data folder (<c>.data/backups</c>).</summary>
    public string? Folder { get; init; }

    /// <summary>Whether this host makes the nightly backup (in a cluster, hosts that share a database take turns by a lock).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Local time of day of the nightly backup.</summary>
    public TimeOnly Nightly { get; init; } = new(2, 30);

    /// <summary>How many backup files are kept; older ones are deleted after each backup.</summary>
    public int Keep { get; init; } = 14;

    public static BackupSettings From(IConfiguration configuration, StorageSettings storage)
    {
        var settings = configuration.GetSection("Backup").Get<BackupSettings>() ?? new BackupSettings();
        var folder = string.IsNullOrWhiteSpace(settings.Folder)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.DataDirectory)) ?? ".", "backups")
            : Path.GetFullPath(settings.Folder);
        return settings with { Folder = folder, Keep = Math.Max(1, settings.Keep) };
    }
}
