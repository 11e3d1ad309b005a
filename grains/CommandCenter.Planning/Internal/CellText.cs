namespace CommandCenter.Planning.Internal;

/// <summary>Clean-up of cell text shared by the CSV and xlsx readers.</summary>
internal static class CellText
{
    /// <summary>The characters that make a spreadsheet treat a cell as a formula (OWASP's list).</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The character written before such a cell so that it stays text.</summary>
    public const char FormulaGuard = '\'';

    /// <summary>
    /// Trims a cell and removes the apostrophe that protects a value starting with =, +, -, @, tab or CR
    /// (as <see cref="TaskTableWriter"/> writes it), giving back the original text.
    /// </summary>
    public static string Clean(string? raw)
    {
        var text = (raw ?? "").Trim();
        return text.Length > 1 && text[0] == FormulaGuard && Array.IndexOf(FormulaStarts, text[1]) >= 0
            ? text[1..]
            : text;
    }
}
