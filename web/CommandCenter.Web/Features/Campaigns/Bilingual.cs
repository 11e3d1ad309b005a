using System.Globalization;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// The half of a "中文 / English" reason (as the grains, the table reader and the plan checks write them) in the
/// language of the page, so a page shows one language at a time.
/// </summary>
public static class Bilingual
{
    private const string Separator = " / ";

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var at = text.IndexOf(Separator, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        return (English ? text[(at + Separator.Length)..] : text[..at]).Trim();
    }
}
