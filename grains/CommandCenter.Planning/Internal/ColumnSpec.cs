namespace CommandCenter.Planning.Internal;

/// <summary>What the reader and writer know about one column.</summary>
/// <param name="Column">The column.</param>
/// <param name="English">The canonical English header, e.g. <c>target_kind</c>.</param>
/// <param name="Chinese">The canonical Chinese header, e.g. 目标类型.</param>
/// <param name="Required">Whether the header must be present (and, mostly, the cell filled).</param>
/// <param name="Width">The xlsx column width in characters.</param>
/// <param name="EnglishHint">A hint the writer appends to the English header, or empty.</param>
/// <param name="ChineseHint">A hint the writer appends to the Chinese header, or empty.</param>
/// <param name="Aliases">Other Chinese headers the reader accepts for this column.</param>
internal sealed record ColumnSpec(
    TaskTableColumn Column,
    string English,
    string Chinese,
    bool Required,
    double Width,
    string EnglishHint = "",
    string ChineseHint = "",
    params string[] Aliases)
{
    /// <summary>The header the writer writes in <paramref name="language"/>.</summary>
    public string Header(TaskTableLanguage language) => language == TaskTableLanguage.Chinese
        ? Chinese + (ChineseHint.Length > 0 ? $"（{ChineseHint}）" : "")
        : English + (EnglishHint.Length > 0 ? $" ({EnglishHint})" : "");

    /// <summary>"中文名 (english_name)", for error messages.</summary>
    public string Display => $"{Chinese} ({English})";
}
