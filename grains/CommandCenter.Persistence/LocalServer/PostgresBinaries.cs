namespace CommandCenter.Persistence.LocalServer;

/// <summary>Finds the PostgreSQL server programs: a configured folder, then PATH, then /usr/lib/postgresql/*/bin.</summary>
public static class PostgresBinaries
{
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    public static string Find(string? configured)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidates.Add(configured);
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        }

        return candidates.FirstOrDefault(dir => Required.All(p => File.Exists(Path.Combine(dir, p))))
            ?? throw new InvalidOperationException(
                "No PostgreSQL server programs (initdb, pg_ctl, postgres) were found on PATH or under /usr/lib/postgresql. " +
                "Install PostgreSQL (Debian: apt-get install postgresql), set Storage:BinDirectory to the folder that holds them, " +
                "or point ConnectionStrings:CommandCenter at an existing PostgreSQL server.");
    }
}
