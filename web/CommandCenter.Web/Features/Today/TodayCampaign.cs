using CommandCenter.Ledger;
using CommandCenter.Reports;

namespace CommandCenter.Web.Features.Today;

/// <summary>One campaign's work for the office today: what lags (and each line's progress against time), who has not reported, which notices and cases are overdue.</summary>
public sealed record TodayCampaign(
    CampaignSummary Campaign,
    IReadOnlyList<TaskView> LaggingTasks,
    DateOnly Week,
    IReadOnlyList<UnitReport> MissingReports,
    IReadOnlyList<SupervisionNotice> OverdueNotices,
    int OverdueCaseCount,
    IReadOnlyList<LedgerCase> OverdueCases,
    IReadOnlyList<LineOfEffortView> Lines,
    DateOnly StartDate);
