namespace CommandCenter.Planning.Internal;

/// <summary>A sheet as read from a file: its non-blank rows with their spreadsheet row numbers.</summary>
internal sealed class RawSheet
{
    /// <summary>The non-blank rows in file order.</summary>
    public List<RawRow> Rows { get; } = [];

    /// <summary>True when reading stopped early because the sheet has more rows than the reader accepts.</summary>
    public bool Truncated { get; set; }

    /// <summary>The most columns a loader keeps: far more than a task table has, few enough to bound memory.</summary>
    public const int MaxColumns = 256;

    /// <summary>The most rows a loader keeps: the data row limit plus room for a title and a header row.</summary>
    public static int MaxRows => TaskTableReader.MaxDataRows + HeaderMap.SearchRows + 1;

    /// <summary>Adds a row unless every cell is empty; returns false once the sheet is full.</summary>
    public bool Add(int rowNumber, RawCell[] cells)
    {
        if (Array.TrueForAll(cells, c => c.IsEmpty))
        {
            return true;
        }
        if (Rows.Count >= MaxRows)
        {
            Truncated = true;
            return false;
        }
        Rows.Add(new RawRow(rowNumber, cells));
        return true;
    }
}
