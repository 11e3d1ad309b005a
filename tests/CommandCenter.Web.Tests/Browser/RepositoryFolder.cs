namespace CommandCenter.Web.Tests.Browser;

/// <summary>The checkout's root (where CommandCenter.sln is), for writing the README's screenshots into docs/.</summary>
public static class RepositoryFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CommandCenter.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CommandCenter.sln not found above " + AppContext.BaseDirectory);
    }
}
