namespace CommandCenter.Planning.Internal;

/// <summary>A cell as a file holds it, before validation: its text, and for xlsx its typed value if any.</summary>
/// <param name="Text">The cleaned text (see <see cref="CellText.Clean"/>); for typed cells their invariant text.</param>
/// <param name="Date">The value of an xlsx date cell.</param>
/// <param name="Number">The value of an xlsx number cell.</param>
internal readonly record struct RawCell(string Text, DateTime? Date = null, double? Number = null)
{
    /// <summary>An empty cell.</summary>
    public static readonly RawCell Empty = new("");

    /// <summary>True when the cell has no text.</summary>
    public bool IsEmpty => Text.Length == 0;
}
