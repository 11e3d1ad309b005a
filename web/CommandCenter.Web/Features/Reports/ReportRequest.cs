using CommandCenter.Web.Features.Campaigns;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Reports;

/// <summary>Body of <c>POST /api/campaigns/{id}/reports</c>; <c>unit</c> only for the office.</summary>
public sealed record ReportRequest(
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? WorkDone,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? Problems,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? NextWeek);
