using System.Globalization;
using System.Resources;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>
/// Radzen's own texts (the grid's filter menu and pager, the date picker, uploads, dialogs, validators…) in Chinese:
/// Radzen asks every component's text through <see cref="Radzen.ILocalizer"/> with the UI culture; for Chinese the
/// answer comes from RadzenTexts.resx (Radzen's resource keys, Chinese values), for English Radzen keeps its own.
/// </summary>
public sealed class RadzenTexts : Radzen.ILocalizer
{
    private static readonly ResourceManager Chinese = new(typeof(RadzenTexts));

    public string? Get(string key, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? Chinese.GetString(key, CultureInfo.InvariantCulture) : null;
}
