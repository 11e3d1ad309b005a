namespace CommandCenter.Storage.LocalServer;

/// <summary>Finds the PostgreSQL server programs: a configured folder, then PATH, then /usr/lib/postgresql/*/bin.</summary>
public static class PostgresBinaries
{
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore"];

    /// <summary>The folder holding initdb, pg_ctl, postgres, pg_dump and pg_restore.</summary>
    /// <exception cref="StartupProblem">None was found, or the configured folder lacks them.</exception>
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HoldsAll(configured)
                ? configured
                : throw new StartupProblem(
                    $"Storage:BinDirectory is {configured}, but that folder does not hold the PostgreSQL programs ({string.Join(", ", Required)}): " +
                    "install them (Debian: apt-get install postgresql) or set Storage:BinDirectory to the folder that has them, e.g. /usr/lib/postgresql/15/bin.");
        }

        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(HoldsAll)
            ?? throw new StartupProblem(
                "The PostgreSQL server programs (initdb, pg_ctl, postgres, pg_dump, pg_restore) are not on PATH or under /usr/lib/postgresql: " +
                "install them with `apt-get install postgresql` (Debian), set Storage:BinDirectory to their folder, " +
                "or set ConnectionStrings:CommandCenter to an existing PostgreSQL server.");
    }

    private static bool HoldsAll(string folder) => Required.All(p => File.Exists(Path.Combine(folder, p)));
}
