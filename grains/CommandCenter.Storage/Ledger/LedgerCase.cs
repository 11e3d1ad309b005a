namespace CommandCenter.Ledger;

/// <summary>One line of the case ledger.</summary>
public sealed record LedgerCase(
    string Id, string? CampaignId, string GridCode, string? Unit, string Category, string Subcategory, CaseSource Source, CaseStatus Status,
    bool Overdue, DateTimeOffset ReportedAt, DateTimeOffset Deadline, DateTimeOffset? ClosedAt, bool ClosedOnTime, int ReworkCount,
    string Description, string Location, double? Latitude = null, double? Longitude = null, string? WithdrawnReason = null)
{
    public static LedgerCase Of(CaseView c) => new(c.Id, c.CampaignId, c.GridCode, c.Unit, c.Category, c.Subcategory, c.Source, c.Status,
        c.IsOpen && c.Overdue, c.ReportedAt, c.Deadline, c.ClosedAt, c.Status == CaseStatus.Closed && c.ClosedOnTime, c.ReworkCount, c.Description, c.Location,
        c.Latitude, c.Longitude, c.Status == CaseStatus.Withdrawn ? c.WithdrawnReason : null);
}
