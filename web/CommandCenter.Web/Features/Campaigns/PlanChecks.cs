using System.Globalization;
using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Checks of a line of effort or a task as the office enters it; the first field at fault is named.</summary>
public static class PlanChecks
{
    public const int MaxLineCode = 20;
    public const int MaxTaskCode = 50;
    public const int MaxTitle = 500;
    public const int MaxUnit = 100;
    public const int MaxCoUnits = 20;
    public const int MaxUnitOfMeasure = 20;

    public static Refusal? Line(LineRequest? request, LineOfEffortDefinition? existing)
    {
        var code = request?.Code?.Trim() ?? "";
        if (code.Length is 0 or > MaxLineCode || !Ids.IsValid(code))
        {
            return Refusal.Invalid("code", $"编号为1至{MaxLineCode}个文字、数字、点、横线或下划线 / code is 1–{MaxLineCode} letters, digits, '.', '-' or '_'.");
        }

        if (existing is not null && code != existing.Code)
        {
            return Refusal.Invalid("code", "专项行动编号不能修改 / a line's code cannot be changed.");
        }

        if (Text(request!.Title, MaxTitle, required: true) is not { } _)
        {
            return Refusal.Invalid("title", $"名称为1至{MaxTitle}个字 / title is 1–{MaxTitle} characters.");
        }

        if (Text(request.LeadUnit, MaxUnit, required: false) is null)
        {
            return Refusal.Invalid("leadUnit", $"牵头单位最多{MaxUnit}个字 / leadUnit is at most {MaxUnit} characters.");
        }

        return Text(request.Leader, MaxUnit, required: false) is null
            ? Refusal.Invalid("leader", $"责任领导最多{MaxUnit}个字 / leader is at most {MaxUnit} characters.")
            : null;
    }

    /// <summary>The task a request describes (without its id and campaign, which the editor sets), or why it is refused.</summary>
    public static (TaskDefinition? Task, Refusal? Refusal) Task(TaskPlanRequest? request, CampaignDefinition campaign)
    {
        var code = request?.Code?.Trim() ?? "";
        if (code.Length is 0 or > MaxTaskCode || !Ids.IsValid(code))
        {
            return Refuse("code", $"任务编号为1至{MaxTaskCode}个文字、数字、点、横线或下划线 / code is 1–{MaxTaskCode} letters, digits, '.', '-' or '_'.");
        }

        if (Text(request!.Title, MaxTitle, required: true) is not { } title)
        {
            return Refuse("title", $"任务内容为1至{MaxTitle}个字 / title is 1–{MaxTitle} characters.");
        }

        if (campaign.Lines.FirstOrDefault(l => l.Code == request.LineCode?.Trim()) is not { } line)
        {
            return Refuse("lineCode", "请选择该活动已有的专项行动 / lineCode must name a line of effort of the campaign.");
        }

        if (Text(request.OwnerUnit, MaxUnit, required: true) is not { } owner)
        {
            return Refuse("ownerUnit", $"责任单位为1至{MaxUnit}个字 / ownerUnit is 1–{MaxUnit} characters.");
        }

        var coUnits = (request.CoUnits ?? []).Select(u => u?.Trim() ?? "").Where(u => u.Length > 0).Distinct().ToList();
        if (coUnits.Count > MaxCoUnits || coUnits.Any(u => u.Length > MaxUnit))
        {
            return Refuse("coUnits", $"协办单位最多{MaxCoUnits}个，每个最多{MaxUnit}个字 / at most {MaxCoUnits} co-units of at most {MaxUnit} characters.");
        }

        if (!DateOnly.TryParseExact(request.DueDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            || due < campaign.StartDate || due > campaign.EndDate)
        {
            return Refuse("dueDate", $"完成时限为活动期内的日期 {campaign.StartDate:yyyy-MM-dd}–{campaign.EndDate:yyyy-MM-dd} / dueDate is a yyyy-MM-dd date within the campaign.");
        }

        if (!Enum.TryParse<TargetKind>(request.TargetKind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.TargetKind, out _))
        {
            return Refuse("targetKind", "目标类型为数量、比率、节点或排名 / targetKind is quantity, rate, milestone or ranking.");
        }

        if (TargetRules.Problem(kind, request.TargetValue, request.Baseline ?? 0) is { } targetError)
        {
            return Refuse(targetError.Field, targetError.Reason);
        }

        if (Text(request.UnitOfMeasure, MaxUnitOfMeasure, required: false) is not { } unitOfMeasure)
        {
            return Refuse("unitOfMeasure", $"计量单位最多{MaxUnitOfMeasure}个字 / unitOfMeasure is at most {MaxUnitOfMeasure} characters.");
        }

        return (new TaskDefinition
        {
            Id = "", CampaignId = campaign.Id, LineCode = line.Code, Code = code, Title = title, OwnerUnit = owner, CoUnits = coUnits,
            StartDate = campaign.StartDate, DueDate = due, TimeZone = campaign.TimeZone, LagTolerance = campaign.LagTolerance,
            Target = new TaskTarget { Kind = kind, Value = request.TargetValue!.Value, Baseline = request.Baseline ?? 0, UnitOfMeasure = unitOfMeasure },
        }, null);
    }

    private static (TaskDefinition?, Refusal?) Refuse(string field, string reason) => (null, Refusal.Invalid(field, reason));

    /// <summary>The trimmed text, "" for an optional empty one; null when it is missing or too long.</summary>
    private static string? Text(string? text, int max, bool required)
    {
        var trimmed = text?.Trim() ?? "";
        return (trimmed.Length == 0 && required) || trimmed.Length > max || trimmed.Any(char.IsControl) ? null : trimmed;
    }
}
