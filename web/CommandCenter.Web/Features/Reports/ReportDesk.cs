using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Reports;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Reports;

/// <summary>
/// Submitting a weekly report as the API and the reports page do it: the caller's unit (the office names one), the
/// task figures taken from the current values of the tasks in the lines the unit leads.
/// </summary>
public sealed class ReportDesk(IGrainFactory grains, DomainClock time)
{
    public const int MaxTextLength = 4000;

    /// <summary>The figures a unit's report would carry now: every task of the lines it leads, at its current value.</summary>
    public static List<TaskFigure> Figures(CampaignSnapshot snapshot, string unit) =>
        snapshot.Lines.Where(l => l.LeadUnit == unit).SelectMany(l => l.Tasks)
            .Select(t => new TaskFigure { TaskId = t.Id, Title = t.Title, Value = t.Actual, UnitOfMeasure = t.Target.UnitOfMeasure }).ToList();

    /// <summary>The stored report, or why it was refused.</summary>
    public async Task<Outcome<UnitReport>> Submit(
        ClaimsPrincipal user, string campaignId, string? namedUnit, string? workDone, string? problems, string? nextWeek)
    {
        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotFound($"Campaign '{campaignId}' does not exist.", "id");
        }

        var ownUnit = user.FindFirstValue(ClaimNames.Unit);
        var office = user.IsInRole(Roles.Administrator);
        var unit = office ? namedUnit ?? ownUnit : ownUnit;
        if (string.IsNullOrWhiteSpace(unit))
        {
            return Refusal.Invalid("unit", "Name the unit whose report this is.");
        }

        if (!office && namedUnit is { } named && named != ownUnit)
        {
            return Refusal.Forbidden($"Your account reports for {ownUnit}, not {named}.", "unit");
        }

        if (new[] { workDone, problems, nextWeek }.Any(t => t?.Length > MaxTextLength))
        {
            return Refusal.Invalid("workDone", $"Each text may have at most {MaxTextLength} characters.");
        }

        if ((TextRules.FirstLineProblem(("unit", unit)) ?? TextRules.FirstTextProblem(("workDone", workDone), ("problems", problems), ("nextWeek", nextWeek))) is { } text)
        {
            return Refusal.Invalid(text.Field, text.Reason);
        }

        var week = ReportWeek.Current(time, snapshot.TimeZone);
        if (string.IsNullOrWhiteSpace(workDone) && !FiguresChanged(snapshot, unit, week))
        {
            return Refusal.Invalid("workDone",
                "周报不能为空：请填写本周工作，或先更新任务数据 / a report must say what was done this week, or a task figure must have changed since Monday.");
        }

        var report = new WeeklyReport { Figures = Figures(snapshot, unit), WorkDone = workDone ?? "", Problems = problems ?? "", NextWeek = nextWeek ?? "" };
        return await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, week)).Submit(unit, report, user.Identity?.Name ?? "?") is { } stored
            ? stored
            : Refusal.Invalid("unit", $"{unit} leads no line of effort of this campaign, so it has no weekly report.");
    }

    /// <summary>Whether any task of the lines the unit leads was updated since the week began (Monday 00:00 in the campaign's zone).</summary>
    private static bool FiguresChanged(CampaignSnapshot snapshot, string unit, DateOnly week)
    {
        var since = CommandCenter.Briefings.BriefingCompiler.Bounds(week, snapshot.TimeZone).Start;
        return snapshot.Lines.Where(l => l.LeadUnit == unit).SelectMany(l => l.Tasks).Any(t => t.LastUpdate?.At >= since);
    }

    /// <summary>A campaign's reports of the week starting on <paramref name="monday"/>.</summary>
    public Task<WeekReports?> Week(string campaignId, DateOnly monday) => grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, monday)).Get();

    /// <summary>Sends a unit's report of that week back for revision, saying why.</summary>
    public Task<UnitReport?> Return(string campaignId, DateOnly monday, string unit, string reason) =>
        grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, monday)).Return(unit, reason);
}
