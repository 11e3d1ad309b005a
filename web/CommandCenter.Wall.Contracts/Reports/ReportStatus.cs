namespace CommandCenter.Reports;

/// <summary>Where a unit's weekly report stands.</summary>
public enum ReportStatus
{
    /// <summary>Not submitted, and the deadline has not passed.</summary>
    Due = 0,
    OnTime = 1,
    Late = 2,
    /// <summary>Not submitted, and the deadline has passed.</summary>
    Missing = 3,
    /// <summary>Returned by the office for revision; to be submitted again.</summary>
    Returned = 4,
}
