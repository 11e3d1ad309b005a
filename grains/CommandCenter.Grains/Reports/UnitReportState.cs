namespace CommandCenter.Reports;

/// <summary>What is stored of one unit's report of one week.</summary>
public sealed class UnitReportState
{
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public WeeklyReport? Report { get; set; }
    public bool Returned { get; set; }
    public string? ReturnReason { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    /// <summary>The versions a resubmission replaced, oldest first.</summary>
    public List<ReportVersion> Versions { get; set; } = [];
}
