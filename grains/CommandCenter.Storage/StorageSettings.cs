using Microsoft.Extensions.Configuration;

namespace CommandCenter.Storage;

/// <summary>Where CommandCenter keeps its data, read from configuration.</summary>
public sealed record StorageSettings
{
    public const string ConnectionStringName = "CommandCenter";

    /// <summary><c>PostgreSql</c> (default) or <c>Memory</c> (throwaway demos and unit tests only).</summary>
    public string Mode { get; init; } = "PostgreSql";

    /// <summary>External server; when empty, a managed local PostgreSQL is started.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Folder of the managed local PostgreSQL's data (<c>Storage:DataDirectory</c>).</summary>
    public string DataDirectory { get; init; } = Path.Combine(".data", "postgres");

    /// <summary>Folder of the PostgreSQL server binaries; found on PATH or under /usr/lib/postgresql when empty.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Upper bound of pooled connections per process (PostgreSQL allows 100 by default).</summary>
    public int MaxPoolSize { get; init; } = 40;

    public bool IsMemory => string.Equals(Mode, "Memory", StringComparison.OrdinalIgnoreCase);

    public static StorageSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Storage");
        var settings = section.Get<StorageSettings>() ?? new StorageSettings();
        return settings with { ConnectionString = configuration.GetConnectionString(ConnectionStringName) };
    }
}
