using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Features.People;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// Reporting a case, moving it through its lifecycle and attaching photos, as the API and the grid pages do them: the
/// caller's role (<see cref="CasePermissions"/>), the input, then the grains, which enforce the lifecycle.
/// </summary>
public sealed class CaseDesk(IGrainFactory grains, CasePhotoStore photos, DomainClock time)
{
    /// <summary>The request header that carries a report's idempotency key.</summary>
    public const string IdempotencyKey = "Idempotency-Key";

    /// <summary>
    /// Reports a case all or nothing; <paramref name="requestKey"/> (the client's idempotency key) makes a retry answer
    /// the case the first attempt stored.
    /// </summary>
    public async Task<CaseOutcome> Report(ClaimsPrincipal user, CaseRequest? request, string? requestKey = null)
    {
        if (TextRules.Check(IdempotencyKey, requestKey, multiLine: false, Ids.MaxLength) is { } badKey)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, badKey.Reason, badKey.Field);
        }

        if (CaseRequestCheck.Problem(request) is { } invalid)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, invalid.Reason, invalid.Field);
        }

        var gridCode = request!.GridCode!.Trim();
        if (!CasePermissions.MayReport(user, gridCode))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Forbidden, $"您无权在网格 {gridCode} 上报事件 / your account may not report cases in grid {gridCode}.");
        }

        if (!Ids.IsValid(gridCode) || !await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(gridCode))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, $"网格 {gridCode} 不存在 / grid '{gridCode}' does not exist.", "gridCode");
        }

        if (request is { Latitude: { } lat, Longitude: { } lon } && await grains.GetGrain<IGridGrain>(gridCode).GetRow() is { } row
            && CasePosition.OutsideOf(row.Grid, lat, lon) is { } outside)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, outside.Reason, outside.Field);
        }

        try
        {
            return CaseOutcome.Done(await grains.GetGrain<IGridGrain>(gridCode).Report(new NewCase
            {
                GridCode = gridCode,
                Category = request.Category!.Trim(),
                Subcategory = request.Subcategory!.Trim(),
                Source = Enum.Parse<CaseSource>(request.Source!, ignoreCase: true),
                Description = request.Description!.Trim(),
                Location = request.Location?.Trim() ?? "",
                By = user.Identity?.Name ?? "?",
                RequestKey = string.IsNullOrWhiteSpace(requestKey) ? null : requestKey.Trim(),
                Latitude = request.Latitude,
                Longitude = request.Longitude,
            }));
        }
        catch (CaseInputException bad)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, bad.Reason, bad.Field);
        }
    }

    public async Task<CaseOutcome> Move(ClaimsPrincipal user, string id, TransitionRequest? request)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        if (!Enum.TryParse<CaseStatus>(request?.To, ignoreCase: true, out var to) || to is CaseStatus.Reported or CaseStatus.Withdrawn || int.TryParse(request!.To, out _))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid,
                "to 为 dispatched、handling、rectified、verified、closed、rework 或 notAccepted（作废请用 /withdraw）/ to is one of dispatched, handling, rectified, verified, closed, rework, notAccepted (withdrawing is POST /withdraw).", "to");
        }

        if ((TextRules.FirstLineProblem(("unit", request.Unit)) ?? TextRules.FirstTextProblem(("note", request.Note))) is { } text)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, text.Reason, text.Field);
        }

        if ((request.Note?.Length ?? 0) > CasesApi.MaxNoteLength)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, $"说明最多 {CasesApi.MaxNoteLength} 字 / a note has at most {CasesApi.MaxNoteLength} characters.", "note");
        }

        if ((request.Unit?.Length ?? 0) > UserAccounts.MaxUnitLength)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, $"单位名称最多 {UserAccounts.MaxUnitLength} 字 / a unit has at most {UserAccounts.MaxUnitLength} characters.", "unit");
        }

        if (to == CaseStatus.Dispatched && string.IsNullOrWhiteSpace(request.Unit))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, "派遣需要指定处置单位 / dispatching needs the unit that handles the case.", "unit");
        }

        if (!CasePermissions.MayMove(user, current, to))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Forbidden, $"您无权将案件 {id} 转为 {CaseSteps.Name(to)} / your account may not move case {id} to {CaseSteps.Name(to)}.");
        }

        try
        {
            return CaseOutcome.Done(await grain.Transition(new CaseTransition { To = to, Unit = request.Unit, Note = request.Note?.Trim() ?? "", By = user.Identity?.Name ?? "?" }));
        }
        catch (CaseTransitionException refused)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Refused, refused.Reason, current: current);
        }
        catch (CaseInputException bad)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, bad.Reason, bad.Field);
        }
    }

    /// <summary>Withdraws a case (作废) with its reason: the office at any time, its reporter (still working its grid) within the first hour.</summary>
    public async Task<CaseOutcome> Withdraw(ClaimsPrincipal user, string id, WithdrawRequest? request)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        var reason = request?.Reason?.Trim() ?? "";
        if (TextRules.Check("reason", reason, multiLine: true, CasesApi.MaxNoteLength) is { } bad)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, bad.Reason, bad.Field);
        }

        if (reason.Length == 0)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, "作废须说明理由（如重复上报、误报）/ withdrawing a case needs its reason.", "reason");
        }

        if (!CasePermissions.MayWithdraw(user, current))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Forbidden, $"只有办公室或上报人本人可以作废案件 {id} / only the office or the case's reporter may withdraw case {id}.");
        }

        try
        {
            return CaseOutcome.Done(await grain.Withdraw(new CaseWithdrawal
            {
                Reason = reason, By = user.Identity?.Name ?? "?", AnyTime = user.IsInRole(Roles.Administrator),
            }));
        }
        catch (CaseTransitionException refused)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Refused, refused.Reason, current: await grain.Get());
        }
        catch (CaseInputException invalid)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, invalid.Reason, invalid.Field);
        }
    }

    /// <summary>Checks the photo (size, then type by its bytes) before anything is stored; the stored photo is removed again if the case does not take it.</summary>
    public async Task<CaseOutcome> AttachPhoto(ClaimsPrincipal user, string id, Stream content, long length, CancellationToken cancellationToken = default)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        if (!CasePermissions.MayAttach(user, current))
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Forbidden, $"您无权为案件 {id} 上传照片 / your account may not attach photos to case {id}.");
        }

        if (current.PhotoIds.Count >= PhotoRules.MaxPhotosPerCase)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, PhotoRules.TooManyMessage, "file");
        }

        if (length <= 0)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, "照片为空 / a non-empty photo is required in 'file'.", "file");
        }

        if (length > PhotoRules.MaxBytes || await PhotoRules.ReadBounded(content, cancellationToken) is not { } bytes)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.TooLarge, PhotoRules.TooLargeMessage, "file");
        }

        if (PhotoRules.Sniff(bytes) is not { } type)
        {
            return CaseOutcome.Fail(CaseOutcomeKind.UnsupportedType, PhotoRules.WrongTypeMessage, "file");
        }

        var photoId = await photos.Add(id, new CasePhoto(type, bytes), user.Identity?.Name ?? "?", time.GetUtcNow());
        try
        {
            return CaseOutcome.Done(await grain.AddPhoto(photoId));
        }
        catch (CaseInputException full)
        {
            await photos.Remove(photoId);
            return CaseOutcome.Fail(CaseOutcomeKind.Invalid, full.Reason, full.Field);
        }
        catch
        {
            await photos.Remove(photoId);
            throw;
        }
    }

    private static CaseOutcome NotFound(string id) => CaseOutcome.Fail(CaseOutcomeKind.NotFound, $"案件 {id} 不存在 / case '{id}' does not exist.");

    public Task<CaseView?> Get(string id) => grains.GetGrain<ICaseGrain>(id).Get();

    /// <summary>Units a case may be dispatched to: those its campaign's tasks name, and those its grid already works with.</summary>
    public async Task<IReadOnlyList<string>> DispatchUnits(CaseView view)
    {
        var snapshot = view.CampaignId is { } campaign ? await grains.GetGrain<ICampaignGrain>(campaign).GetSnapshot() : null;
        var row = await grains.GetGrain<IGridGrain>(view.GridCode).GetRow();
        return (snapshot?.Lines.SelectMany(l => l.Tasks).Select(t => t.OwnerUnit) ?? [])
            .Concat(row?.Units.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
