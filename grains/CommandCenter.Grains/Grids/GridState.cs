namespace CommandCenter.Grids;

/// <summary>The durable state of a grid grain (stored as JSON): its counts and its open cases, never its closed ones.</summary>
public sealed class GridState
{
    public GridDefinition? Definition { get; set; }
    public CaseStats Stats { get; set; } = CaseStats.Zero;
    public Dictionary<string, CaseStats> Units { get; set; } = [];
    public Dictionary<string, OpenCase> Open { get; set; } = [];
    /// <summary>The number of the last case reported in the grid (case ids are "{code}.{n}").</summary>
    public int LastNumber { get; set; }
    /// <summary>Counts saved changes (see <see cref="GridRow.Version"/>).</summary>
    public long Version { get; set; }
    public bool ReminderRegistered { get; set; }
    /// <summary>The latest reports' idempotency keys ("{by}/{key}") and the cases they stored, oldest first.</summary>
    public List<ReportedKey> Reported { get; set; } = [];
}
