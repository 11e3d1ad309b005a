using System.Security.Claims;
using CommandCenter.Ledger;
using CommandCenter.Reports;
using CommandCenter.Web.Features.Cases;

namespace CommandCenter.Web.Shell;

/// <summary>
/// What an account may read, the mirror of what it may write: the office and viewers everything; a unit head their
/// unit's tasks (owned or shared), the cases dispatched to them, the notices to them and their own reports; a grid
/// head the cases of their grids. Every feature that reads (API, hubs, pages) asks here.
/// </summary>
public sealed record ReadScope
{
    public bool All { get; private init; }

    public string? Unit { get; private init; }

    public IReadOnlyList<string> Grids { get; private init; } = [];

    public static ReadScope Of(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Viewer) ? new ReadScope { All = true }
        : new ReadScope
        {
            Unit = user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) is { Length: > 0 } unit ? unit : null,
            Grids = user.IsInRole(Roles.GridHead) ? CasePermissions.Grids(user) : [],
        };

    /// <summary>A task's history (who, notes, evidence) and evidence files.</summary>
    public bool MayReadTask(TaskView task) => All || (Unit is { } unit && (task.OwnerUnit == unit || task.CoUnits.Contains(unit)));

    /// <summary>A task as this caller may read it: who made its last update, and their note, only within <see cref="MayReadTask"/>.</summary>
    public TaskView Redact(TaskView task) => MayReadTask(task) ? task : Wall.WallRedaction.Of(task);

    /// <summary>A campaign with <see cref="Redact(TaskView)"/> applied to every task.</summary>
    public CampaignSnapshot Redact(CampaignSnapshot snapshot) => All ? snapshot : snapshot with
    {
        Lines = snapshot.Lines.Select(l => l with { Tasks = l.Tasks.Select(Redact).ToList() }).ToList(),
    };

    public bool MayReadCase(CaseView view) => All || Grids.Contains(view.GridCode) || (Unit is { } unit && view.Unit == unit);

    public bool MayReadNotice(SupervisionNotice notice) => All || (Unit is { } unit && notice.Unit == unit);

    /// <summary>The texts of a unit's report (everyone may see who has reported).</summary>
    public bool MayReadReport(string unit) => All || Unit == unit;

    /// <summary>The ledger query narrowed to the scope; null when the caller asked for what the scope excludes.</summary>
    public CaseQuery? Restrict(CaseQuery query)
    {
        if (All)
        {
            return query;
        }

        if (Grids.Count > 0)
        {
            return query.Grid is { } grid && !Grids.Contains(grid) ? null : query with { Grids = Grids };
        }

        if (Unit is { } unit)
        {
            return query.Unit is { } asked && asked != unit ? null : query with { Unit = unit };
        }

        return null;
    }

    /// <summary>
    /// A briefing as this caller may read it: a published issue as the office published it; a draft (compiled live
    /// from the week's reports) with the texts of other units' reports left out, as <see cref="Redact(WeekReports)"/>.
    /// </summary>
    public Features.Briefings.BriefingIssue Redact(Features.Briefings.BriefingIssue issue) => All || issue.Published ? issue : issue with
    {
        Briefing = issue.Briefing with
        {
            Lines = issue.Briefing.Lines.Select(l => MayReadReport(l.LeadUnit) ? l : l with { Report = null }).ToList(),
            LateUnits = issue.Briefing.LateUnits.Select(u => MayReadReport(u.Unit) ? u : u with { ReturnReason = null }).ToList(),
        },
    };

    /// <summary>A week's reports with the texts of other units' reports left out.</summary>
    public WeekReports Redact(WeekReports week) => All ? week : week with
    {
        Units = week.Units.Select(u => MayReadReport(u.Unit) ? u : u with { Report = null, SubmittedBy = null, ReturnReason = null, EarlierVersions = [] }).ToList(),
    };
}
