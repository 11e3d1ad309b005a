namespace CommandCenter.Grids;

/// <summary>How often each active grid checks its open cases against their deadlines.</summary>
public sealed class GridOptions
{
    public TimeSpan OverdueCheckPeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Orleans reminder that brings a grid with open cases back after a restart or deactivation.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(5);
}
