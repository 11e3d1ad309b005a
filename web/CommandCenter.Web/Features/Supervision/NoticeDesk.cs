using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Supervision;

/// <summary>Issuing a supervision notice (督办, the office) and answering one (the addressed unit), as the API and the pages do them.</summary>
public sealed class NoticeDesk(IGrainFactory grains, DomainClock time, Units.UnitDirectory units)
{
    public const int MaxTextLength = 4000;

    public async Task<Outcome<SupervisionNotice>> Issue(ClaimsPrincipal user, NoticeRequest? request)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return Refusal.Forbidden("只有专项办可以下发督办通知 / only the office issues supervision notices.");
        }

        if (string.IsNullOrWhiteSpace(request?.Unit) || string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            return Refusal.Invalid(string.IsNullOrWhiteSpace(request?.Unit) ? "unit" : "title",
                "需要单位和 1 至 200 字的标题 / unit and a title of 1 to 200 characters are required.");
        }

        if ((TextRules.FirstLineProblem(("unit", request.Unit), ("title", request.Title)) ?? TextRules.FirstTextProblem(("content", request.Content))) is { } text)
        {
            return Refusal.Invalid(text.Field, text.Reason);
        }

        if ((request.TaskId is null) == (request.CaseId is null))
        {
            return Refusal.Invalid("taskId", "请指定任务或案件之一 / give exactly one of taskId and caseId.");
        }

        if (request.Deadline is not { } deadline || deadline <= time.GetUtcNow())
        {
            return Refusal.Invalid("deadline", "期限须晚于现在 / deadline must be a date and time (ISO 8601) later than now.");
        }

        if ((request.Content?.Length ?? 0) > MaxTextLength)
        {
            return Refusal.Invalid("content", $"内容最多 {MaxTextLength} 字 / content has at most {MaxTextLength} characters.");
        }

        string? campaignId;
        string? caseUnit = null;
        if (request.TaskId is { } taskId)
        {
            if (!Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is not { } task)
            {
                return Refusal.Invalid("taskId", $"任务 {taskId} 不存在 / task '{taskId}' does not exist.");
            }

            campaignId = task.CampaignId;
        }
        else
        {
            if (!Ids.IsValid(request.CaseId) || await grains.GetGrain<ICaseGrain>(request.CaseId!).Get() is not { } found)
            {
                return Refusal.Invalid("caseId", $"案件 {request.CaseId} 不存在 / case '{request.CaseId}' does not exist.");
            }

            campaignId = found.CampaignId;
            caseUnit = found.Unit;
        }

        if (await units.Unknown("unit", request.Unit.Trim()) is { } unknownUnit)
        {
            return unknownUnit;
        }

        if (!await IsKnownUnit(request.Unit.Trim(), campaignId, caseUnit))
        {
            return Refusal.Invalid("unit",
                $"单位 {request.Unit.Trim()} 不是该专项行动的责任单位 / '{request.Unit.Trim()}' is not a unit of the campaign the notice is about.");
        }

        var id = "n" + Guid.NewGuid().ToString("N")[..12];
        return await grains.GetGrain<ISupervisionNoticeGrain>(id).Issue(new SupervisionNotice
        {
            Id = id,
            Unit = request.Unit.Trim(),
            Subject = request.TaskId is null ? NoticeSubject.Case : NoticeSubject.Task,
            SubjectId = request.TaskId ?? request.CaseId!,
            Title = request.Title.Trim(),
            Content = request.Content?.Trim() ?? "",
            IssuedAt = time.GetUtcNow(),
            IssuedBy = user.Identity?.Name ?? "?",
            Deadline = deadline,
            Status = NoticeStatus.Issued,
            CampaignId = campaignId,
        });
    }

    /// <summary>
    /// A notice goes to a unit that answers for the campaign (a line's lead unit, a task's owner or co-unit) or to the
    /// unit a case was dispatched to; only a case outside any campaign, not yet dispatched, may name any unit.
    /// </summary>
    private async Task<bool> IsKnownUnit(string unit, string? campaignId, string? caseUnit)
    {
        if (unit == caseUnit)
        {
            return true;
        }

        if (campaignId is null || await grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot() is not { } campaign)
        {
            return caseUnit is null;
        }

        return campaign.Lines.Any(l => l.LeadUnit == unit || l.Tasks.Any(t => t.OwnerUnit == unit || t.CoUnits.Contains(unit)));
    }

    /// <summary>The addressed unit's head (or the office) answers; refused (409) when the notice is not waiting for an answer.</summary>
    public async Task<Outcome<SupervisionNotice>> Answer(ClaimsPrincipal user, string id, string? text)
    {
        var grain = grains.GetGrain<ISupervisionNoticeGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } notice)
        {
            return Refusal.NotFound($"督办通知 {id} 不存在 / notice '{id}' does not exist.");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return Refusal.Invalid("text", $"请填写 1 至 {MaxTextLength} 字的答复 / text of 1 to {MaxTextLength} characters is required.");
        }

        if (TextRules.Problem("text", text, multiLine: true, MaxTextLength) is { } bad)
        {
            return Refusal.Invalid("text", bad);
        }

        if (!MayAnswer(user, notice))
        {
            return Refusal.Forbidden($"该通知发给 {notice.Unit}，您无权答复 / notice {id} is addressed to {notice.Unit}; your account may not answer it.");
        }

        return await grain.Answer(text.Trim(), user.Identity?.Name ?? "?");
    }

    /// <summary>The office closes a notice (answered or not); refused when it is closed already.</summary>
    public Task<Outcome<SupervisionNotice>> Close(ClaimsPrincipal user, string id, string? note) =>
        OfficeAction(user, id, note, (grain, by, text) => grain.Close(text, by));

    /// <summary>The office escalates a notice with a new deadline (the next level of supervision); refused when closed.</summary>
    public Task<Outcome<SupervisionNotice>> Escalate(ClaimsPrincipal user, string id, DateTimeOffset? deadline, string? note) =>
        deadline is not { } due
            ? Task.FromResult<Outcome<SupervisionNotice>>(Refusal.Invalid("deadline", "升级督办需要新的办理期限 / an escalation needs the new deadline."))
            : OfficeAction(user, id, note, (grain, by, text) => grain.Escalate(due, text, by));

    private async Task<Outcome<SupervisionNotice>> OfficeAction(ClaimsPrincipal user, string id, string? note,
        Func<ISupervisionNoticeGrain, string, string, Task<Outcome<SupervisionNotice>>> action)
    {
        var grain = grains.GetGrain<ISupervisionNoticeGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is null)
        {
            return Refusal.NotFound($"督办通知 {id} 不存在 / notice '{id}' does not exist.");
        }

        if ((note?.Length ?? 0) > MaxTextLength)
        {
            return Refusal.Invalid("text", $"说明不超过 {MaxTextLength} 字 / text of at most {MaxTextLength} characters.");
        }

        if (TextRules.Problem("text", note, multiLine: true, MaxTextLength) is { } bad)
        {
            return Refusal.Invalid("text", bad);
        }

        if (!user.IsInRole(Roles.Administrator))
        {
            return Refusal.Forbidden("只有办公室可以关闭或升级督办 / only the office closes or escalates notices.");
        }

        return await action(grain, user.Identity?.Name ?? "?", note?.Trim() ?? "");
    }

    public static bool MayAnswer(ClaimsPrincipal user, SupervisionNotice notice) =>
        user.IsInRole(Roles.Administrator) || (user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) == notice.Unit);

    /// <summary>Every notice, as the notice pages and the ledger list them.</summary>
    public Task<IReadOnlyList<SupervisionNotice>> List() => grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
}
