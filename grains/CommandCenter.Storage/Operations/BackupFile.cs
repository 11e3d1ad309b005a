namespace CommandCenter.Storage.Operations;

/// <summary>One backup file: its name in the backups folder, its size in bytes and when it was written.</summary>
public sealed record BackupFile(string Name, long Size, DateTimeOffset CreatedAt);
