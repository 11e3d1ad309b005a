namespace CommandCenter.Reports;

/// <summary>The weekly reports of one campaign week, keyed "{campaignId}/{Monday yyyy-MM-dd}".</summary>
[Alias("IWeeklyReportsGrain")]
public interface IWeeklyReportsGrain : IGrainWithStringKey
{
    /// <summary>Records (or replaces) the unit's report; null when the campaign or the unit is unknown.</summary>
    [Alias("Submit")]
    Task<UnitReport?> Submit(string unit, WeeklyReport report, string by);

    /// <summary>Records a report submitted elsewhere at <paramref name="submittedAt"/> (the demo's past weeks); null as for <see cref="Submit"/>.</summary>
    [Alias("Record")]
    Task<UnitReport?> Record(string unit, WeeklyReport report, string by, DateTimeOffset submittedAt);

    /// <summary>The office sends a submitted report back for revision; null when there is nothing to return.</summary>
    [Alias("Return")]
    Task<UnitReport?> Return(string unit, string reason);

    /// <summary>Every lead unit's status; null for an unknown campaign.</summary>
    [Alias("Get")]
    Task<WeekReports?> Get();

    /// <summary>Notes a reminder sent to the units that have not submitted; returns those units.</summary>
    [Alias("RemindPending")]
    Task<IReadOnlyList<string>> RemindPending();

    static string KeyOf(string campaignId, DateOnly week) => $"{campaignId}/{week:yyyy-MM-dd}";
}
