namespace CommandCenter.Reports;

/// <summary>The weekly-report reminders (周报提醒) of one campaign, keyed by campaign id.</summary>
[Alias("IReportReminderGrain")]
public interface IReportReminderGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the hourly Orleans reminder that runs <see cref="RemindReporters"/> is registered.</summary>
    /// <remarks>Interleaves: the campaign calls it while activating, which a reminder's own call may be waiting for.</remarks>
    [AlwaysInterleave, Alias("Start")]
    Task Start();

    /// <summary>
    /// Within the hours before this week's report deadline, reminds the lead units that have not reported; returns
    /// the units reminded (none outside that window, or for an unknown campaign).
    /// </summary>
    [Alias("RemindReporters")]
    Task<IReadOnlyList<string>> RemindReporters();
}
