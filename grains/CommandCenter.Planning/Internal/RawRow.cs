namespace CommandCenter.Planning.Internal;

/// <summary>One row of a <see cref="RawSheet"/>.</summary>
/// <param name="Number">The spreadsheet row number (1-based).</param>
/// <param name="Cells">The cells, by 0-based column position.</param>
internal sealed record RawRow(int Number, RawCell[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or an empty one past the end of a short row.</summary>
    public RawCell this[int index] => index >= 0 && index < Cells.Length ? Cells[index] : RawCell.Empty;
}
