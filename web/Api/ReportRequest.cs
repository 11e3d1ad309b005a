using CommandCenter.Web.Campaigns;
using CommandCenter.Web.Input;
using CommandCenter.Web.Reports;

namespace CommandCenter.Web.Api;

/// <summary>Body of <c>POST /api/campaigns/{id}/reports</c>; <c>unit</c> only for the office.</summary>
public sealed record ReportRequest(
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? WorkDone,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? Problems,
    [property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? NextWeek);
