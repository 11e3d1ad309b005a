namespace CommandCenter.Storage.LocalServer;

/// <summary>
/// An exclusive lock on a data folder shared by every process on the machine (an open lock file with
/// <see cref="FileShare.None"/>, flock on Linux): starting, restarting and stopping the server happen under it,
/// so two processes never start two servers or stop one the other still uses.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    private readonly FileStream _file;

    private FolderLock(FileStream file) => _file = file;

    public static async Task<FolderLock> AcquireAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "commandcenter.lock");
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
