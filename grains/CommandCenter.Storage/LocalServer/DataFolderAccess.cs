namespace CommandCenter.Storage.LocalServer;

/// <summary>Refuses, with what to do, a data folder the managed server cannot use: unwritable, or owned by another user.</summary>
internal static class DataFolderAccess
{
    public static async Task CheckAsync(string root, string dataFolder, string? runAs, CancellationToken cancellationToken)
    {
        var user = runAs ?? Environment.UserName;
        try
        {
            Directory.CreateDirectory(root);
            await File.WriteAllTextAsync(Path.Combine(root, ".write-check"), "", cancellationToken);
            File.Delete(Path.Combine(root, ".write-check"));
        }
        catch (UnauthorizedAccessException)
        {
            throw new StartupProblem(
                $"The data folder {root} cannot be written by the user {Environment.UserName}: give it to that user (chown -R {Environment.UserName} {root}) or set Storage:DataDirectory to a folder it owns.");
        }

        if (OperatingSystem.IsWindows() || !Directory.Exists(dataFolder))
        {
            return;
        }

        var (exitCode, owner) = await ProcessRunner.Run("stat", ["-c", "%U", dataFolder], null, cancellationToken);
        owner = owner.Trim();
        if (exitCode == 0 && owner != user)
        {
            throw new StartupProblem(
                $"The PostgreSQL data folder {dataFolder} belongs to the user {owner}, but the managed server runs as {user}: " +
                $"run `chown -R {user} {root}` if this is CommandCenter's data, or set Storage:DataDirectory to another folder.");
        }
    }
}
