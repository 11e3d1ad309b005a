using System.Globalization;
using System.Text.RegularExpressions;

namespace CommandCenter.Storage.Operations;

/// <summary>The folder of backup files <c>commandcenter-yyyyMMdd-HHmmss-fff.dump</c> (UTC): list them, make one now, keep the newest few.</summary>
public sealed partial class BackupFolder(BackupSettings settings, CommandCenterDatabase database, string binFolder, TimeProvider time)
{
    private const long AdvisoryLockKey = 0x42_61_63_6B_75_70; // "Backup"

    public string Path => settings.Folder!;

    public IReadOnlyList<BackupFile> List() => !Directory.Exists(Path)
        ? []
        : Directory.GetFiles(Path, "commandcenter-*.dump")
            .Where(f => IsBackupName(System.IO.Path.GetFileName(f)))
            .Select(f => new FileInfo(f))
            .Select(f => new BackupFile(f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The full path of a backup named <paramref name="name"/>, or null when there is none (or the name is not one).</summary>
    public string? Find(string name) =>
        IsBackupName(name) && File.Exists(System.IO.Path.Combine(Path, name)) ? System.IO.Path.Combine(Path, name) : null;

    /// <summary>
    /// Backs up now and deletes the oldest files beyond <see cref="BackupSettings.Keep"/>. With
    /// <paramref name="onlyIfAlone"/> (the nightly run) it does nothing while another host holds the backup lock.
    /// </summary>
    public async Task<BackupFile?> BackUpAsync(bool onlyIfAlone, CancellationToken cancellationToken)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryLockKey})", connection))
        {
            if (!(bool)(await take.ExecuteScalarAsync(cancellationToken))! && onlyIfAlone)
            {
                return null;
            }
        }

        try
        {
            var name = $"commandcenter-{time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}.dump";
            var file = System.IO.Path.Combine(Path, name);
            await DatabaseBackup.BackupAsync(database.ConnectionString, binFolder, file, cancellationToken);
            foreach (var old in List().Skip(settings.Keep))
            {
                File.Delete(System.IO.Path.Combine(Path, old.Name));
            }

            var info = new FileInfo(file);
            return new BackupFile(name, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
        }
        finally
        {
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", connection);
            await release.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private static bool IsBackupName(string name) => BackupName().IsMatch(name);

    [GeneratedRegex(@"^commandcenter-\d{8}-\d{6}(-\d{3})?\.dump$")]
    private static partial Regex BackupName();
}
