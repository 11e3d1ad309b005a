using System.Text.RegularExpressions;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>
/// A text written in both languages, Chinese first (<c>金额不能为负数 / amount must not be negative</c>, as the input
/// policy and the import checks write them): the half in the request's language.
/// </summary>
public static partial class Bilingual
{
    [GeneratedRegex(@"^(?<zh>.*\p{IsCJKUnifiedIdeographs}[^/]*?)\s*/\s*(?<en>[^\p{IsCJKUnifiedIdeographs}]*[A-Za-z][^\p{IsCJKUnifiedIdeographs}]*)$", RegexOptions.Singleline)]
    private static partial Regex Halves();

    public static string Pick(string text, bool english) =>
        Halves().Match(text) is { Success: true } both ? both.Groups[english ? "en" : "zh"].Value.Trim() : text;
}
