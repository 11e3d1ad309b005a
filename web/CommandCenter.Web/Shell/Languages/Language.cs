using System.Globalization;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>The two languages by their short names (<c>zh-CN</c>, <c>en</c>), as the switch, the cookie and the account keep them.</summary>
public static class Language
{
    public static CultureInfo? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "en" or "en-us" or "en-gb" or "english" => LanguageExtensions.English,
        "zh" or "zh-cn" or "zh-hans" => LanguageExtensions.Chinese,
        _ => null,
    };

    /// <summary>Whether the current request (or live connection) shows English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of the document.</summary>
    public static string Current => IsEnglish ? "en" : "zh-CN";
}
