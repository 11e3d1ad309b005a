namespace CommandCenter.Tasks;

/// <summary>Computed status of a task, a line of effort or a campaign; never typed in by hand.</summary>
public enum ProgressStatus
{
    NotStarted = 0,
    OnTrack = 1,
    Lagging = 2,
    Overdue = 3,
    Done = 4,
}
