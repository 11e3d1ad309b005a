using System.Text.RegularExpressions;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>
/// A text written in both languages, Chinese first (<c>金额不能为负数 / amount must not be negative</c>, as the input
/// policy, the grains, the table readers and the plan checks write them): the half in the request's language, so a
/// page or a problem shows one language at a time.
/// </summary>
public static partial class Bilingual
{
    [GeneratedRegex(@"^(?<zh>.*\p{IsCJKUnifiedIdeographs}[^/]*?)\s*/\s*(?<en>[^\p{IsCJKUnifiedIdeographs}]*[A-Za-z][^\p{IsCJKUnifiedIdeographs}]*)$", RegexOptions.Singleline)]
    private static partial Regex Halves();

    /// <summary>The half in the page's or request's language.</summary>
    public static string Pick(string? text) => text is null ? "" : Pick(text, Language.IsEnglish);

    public static string Pick(string text, bool english) =>
        Halves().Match(text) is { Success: true } both ? both.Groups[english ? "en" : "zh"].Value.Trim() : text;
}
