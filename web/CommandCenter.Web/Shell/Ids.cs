namespace CommandCenter.Web.Shell;

/// <summary>What an id in a URL may look like, checked before any grain is activated for it.</summary>
public static class Ids
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= MaxLength && id.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');
}
