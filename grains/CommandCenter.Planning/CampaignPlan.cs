using CommandCenter.Campaigns;
using CommandCenter.Tasks;

namespace CommandCenter.Planning;

/// <summary>Turns a task decomposition table into a campaign's definitions, and a campaign back into table rows.</summary>
public static class CampaignPlan
{
    /// <summary>The campaign and task definitions a valid table describes; row errors for task codes unfit for an id.</summary>
    public static (CampaignDefinition Campaign, IReadOnlyList<TaskDefinition> Tasks, IReadOnlyList<TaskTableError> Errors) FromRows(
        CampaignDefinition campaign, IReadOnlyList<TaskTableRow> rows)
    {
        var errors = rows.Where(r => !IsIdSafe(r.TaskCode))
            .Select(r => new TaskTableError(r.RowNumber, "task_code", "任务编号只能包含文字、数字、点、横线和下划线 / task_code may hold only letters, digits, '.', '-' and '_'"))
            .ToList();
        var tasks = rows.Select(r => new TaskDefinition
        {
            Id = $"{campaign.Id}.{r.TaskCode}",
            CampaignId = campaign.Id,
            LineCode = r.LineCode,
            Code = r.TaskCode,
            Title = r.TaskTitle,
            OwnerUnit = r.OwnerUnit,
            CoUnits = r.CoUnits,
            StartDate = campaign.StartDate,
            DueDate = r.DueDate,
            Target = new TaskTarget { Kind = r.TargetKind, Value = r.TargetValue, Baseline = r.Baseline, UnitOfMeasure = r.UnitOfMeasure },
            TimeZone = campaign.TimeZone,
            LagTolerance = campaign.LagTolerance,
        }).ToList();
        var lines = rows.GroupBy(r => r.LineCode).Select(g => new LineOfEffortDefinition
        {
            Code = g.Key,
            Title = g.First().LineTitle,
            LeadUnit = g.First().LeadUnit,
            Leader = g.First().Leader,
            TaskIds = g.Select(r => $"{campaign.Id}.{r.TaskCode}").ToList(),
        }).ToList();
        return (campaign with { Lines = lines }, tasks, errors);
    }

    /// <summary>The table rows of a campaign's plan, in line and task order.</summary>
    public static IReadOnlyList<TaskTableRow> ToRows(CampaignSnapshot snapshot) =>
        snapshot.Lines.SelectMany(line => line.Tasks.Select(task => new TaskTableRow
        {
            RowNumber = 0,
            LineCode = line.Code,
            LineTitle = line.Title,
            LeadUnit = line.LeadUnit,
            Leader = line.Leader,
            TaskCode = task.Code,
            TaskTitle = task.Title,
            OwnerUnit = task.OwnerUnit,
            CoUnits = task.CoUnits,
            TargetKind = task.Target.Kind,
            TargetValue = task.Target.Value,
            Baseline = task.Target.Baseline,
            UnitOfMeasure = task.Target.UnitOfMeasure,
            DueDate = task.DueDate,
        })).Select((row, index) => row with { RowNumber = index + 2 }).ToList();

    private static bool IsIdSafe(string code) => code.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_');
}
