namespace CommandCenter.Web.Shell;

/// <summary>Query-string filters: enum names in any case (as the JSON writes them, e.g. <c>closed</c>).</summary>
public static class Filters
{
    /// <summary>True with null for no filter, true with the value for a known name, false for anything else.</summary>
    public static bool TryEnum<T>(string? text, out T? value) where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (int.TryParse(text, out _) || !Enum.TryParse<T>(text, ignoreCase: true, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
