namespace CommandCenter.Planning.Internal;

/// <summary>The kinds of file the reader tells apart.</summary>
internal enum TaskTableFormat
{
    /// <summary>Comma-separated text.</summary>
    Csv,

    /// <summary>An Office Open XML workbook (.xlsx).</summary>
    Xlsx,

    /// <summary>A binary .xls workbook or an encrypted workbook (both OLE compound files): not supported.</summary>
    Legacy,
}
