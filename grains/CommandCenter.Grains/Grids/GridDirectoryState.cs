namespace CommandCenter.Grids;

/// <summary>The durable state of the grid directory: every grid's definition.</summary>
public sealed class GridDirectoryState
{
    public Dictionary<string, GridDefinition> Grids { get; set; } = [];
}
