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
    public async Task<Outcome<CaseView>> Report(ClaimsPrincipal user, CaseRequest? request, string? requestKey = null)
    {
        if (TextRules.Check(IdempotencyKey, requestKey, multiLine: false, Ids.MaxLength) is { } badKey)
        {
            return Refusal.Invalid(badKey.Field, badKey.Reason);
        }

        if (CaseRequestCheck.Problem(request) is { } invalid)
        {
            return Refusal.Invalid(invalid.Field, invalid.Reason);
        }

        var gridCode = request!.GridCode!.Trim();
        if (!CasePermissions.MayReport(user, gridCode))
        {
            return Refusal.Forbidden($"您无权在网格 {gridCode} 上报事件 / your account may not report cases in grid {gridCode}.");
        }

        if (!Ids.IsValid(gridCode) || !await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(gridCode))
        {
            return Refusal.Invalid("gridCode", $"网格 {gridCode} 不存在 / grid '{gridCode}' does not exist.");
        }

        if (request is { Latitude: { } lat, Longitude: { } lon } && await grains.GetGrain<IGridGrain>(gridCode).GetRow() is { } row
            && CasePosition.OutsideOf(row.Grid, lat, lon) is { } outside)
        {
            return Refusal.Invalid(outside.Field, outside.Reason);
        }

        return await grains.GetGrain<IGridGrain>(gridCode).Report(new NewCase
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
        });
    }

    public async Task<Outcome<CaseView>> Move(ClaimsPrincipal user, string id, TransitionRequest? request)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        if (!Enum.TryParse<CaseStatus>(request?.To, ignoreCase: true, out var to) || to is CaseStatus.Reported or CaseStatus.Withdrawn || int.TryParse(request!.To, out _))
        {
            return Refusal.Invalid("to",
                "to 为 dispatched、handling、rectified、verified、closed、rework 或 notAccepted（作废请用 /withdraw）/ to is one of dispatched, handling, rectified, verified, closed, rework, notAccepted (withdrawing is POST /withdraw).");
        }

        if ((TextRules.FirstLineProblem(("unit", request.Unit)) ?? TextRules.FirstTextProblem(("note", request.Note))) is { } text)
        {
            return Refusal.Invalid(text.Field, text.Reason);
        }

        if ((request.Note?.Length ?? 0) > CasesApi.MaxNoteLength)
        {
            return Refusal.Invalid("note", $"说明最多 {CasesApi.MaxNoteLength} 字 / a note has at most {CasesApi.MaxNoteLength} characters.");
        }

        if ((request.Unit?.Length ?? 0) > UserAccounts.MaxUnitLength)
        {
            return Refusal.Invalid("unit", $"单位名称最多 {UserAccounts.MaxUnitLength} 字 / a unit has at most {UserAccounts.MaxUnitLength} characters.");
        }

        if (to == CaseStatus.Dispatched && string.IsNullOrWhiteSpace(request.Unit))
        {
            return Refusal.Invalid("unit", "派遣需要指定处置单位 / dispatching needs the unit that handles the case.");
        }

        if (!CasePermissions.MayMove(user, current, to))
        {
            return Refusal.Forbidden($"您无权将案件 {id} 转为 {CaseSteps.Name(to)} / your account may not move case {id} to {CaseSteps.Name(to)}.");
        }

        return await grain.Transition(new CaseTransition { To = to, Unit = request.Unit, Note = request.Note?.Trim() ?? "", By = user.Identity?.Name ?? "?" });
    }

    /// <summary>Withdraws a case (作废) with its reason: the office at any time, its reporter (still working its grid) within the first hour.</summary>
    public async Task<Outcome<CaseView>> Withdraw(ClaimsPrincipal user, string id, WithdrawRequest? request)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        var reason = request?.Reason?.Trim() ?? "";
        if (TextRules.Check("reason", reason, multiLine: true, CasesApi.MaxNoteLength) is { } bad)
        {
            return Refusal.Invalid(bad.Field, bad.Reason);
        }

        if (reason.Length == 0)
        {
            return Refusal.Invalid("reason", "作废须说明理由（如重复上报、误报）/ withdrawing a case needs its reason.");
        }

        if (!CasePermissions.MayWithdraw(user, current))
        {
            return Refusal.Forbidden($"只有办公室或上报人本人可以作废案件 {id} / only the office or the case's reporter may withdraw case {id}.");
        }

        return await grain.Withdraw(new CaseWithdrawal
        {
            Reason = reason, By = user.Identity?.Name ?? "?", AnyTime = user.IsInRole(Roles.Administrator),
        });
    }

    /// <summary>Checks the photo (size, then type by its bytes) before anything is stored; the stored photo is removed again if the case does not take it.</summary>
    public async Task<Outcome<CaseView>> AttachPhoto(ClaimsPrincipal user, string id, Stream content, long length, CancellationToken cancellationToken = default)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return NotFound(id);
        }

        if (!CasePermissions.MayAttach(user, current))
        {
            return Refusal.Forbidden($"您无权为案件 {id} 上传照片 / your account may not attach photos to case {id}.");
        }

        if (current.PhotoIds.Count >= PhotoRules.MaxPhotosPerCase)
        {
            return Refusal.Invalid("file", PhotoRules.TooManyMessage);
        }

        if (length <= 0)
        {
            return Refusal.Invalid("file", "照片为空 / a non-empty photo is required in 'file'.");
        }

        if (length > PhotoRules.MaxBytes || await PhotoRules.ReadBounded(content, cancellationToken) is not { } bytes)
        {
            return Refusal.TooLarge("file", PhotoRules.TooLargeMessage);
        }

        if (PhotoRules.Problem("file", bytes) is { } refused)
        {
            return refused;
        }

        return await Store(user, grain, id, bytes);
    }

    /// <summary>
    /// Reports a case with its photos all or nothing: every photo is checked (count, size, type by its bytes) before the
    /// case is created, so a refused photo creates no case, no ledger row and no photo. A retry with the same key answers
    /// the case the first attempt stored and attaches the photos only if that attempt attached none.
    /// </summary>
    public async Task<Outcome<CaseView>> Report(ClaimsPrincipal user, CaseRequest? request, IReadOnlyList<PickedPhoto> picked, string? requestKey)
    {
        if (picked.Count > PhotoRules.MaxPhotosPerCase)
        {
            return Refusal.Invalid("photos", PhotoRules.TooManyMessage);
        }

        foreach (var photo in picked)
        {
            if (PhotoRules.Problem("photos", photo.Content, photo.Name) is { } refused)
            {
                return refused;
            }
        }

        var reported = await Report(user, request, requestKey);
        if (reported.Value is not { } stored || stored.PhotoIds.Count > 0)
        {
            return reported;
        }

        var grain = grains.GetGrain<ICaseGrain>(stored.Id);
        foreach (var photo in picked)
        {
            reported = await Store(user, grain, stored.Id, photo.Content);
            if (!reported.Succeeded)
            {
                return reported;
            }
        }

        return reported;
    }

    /// <summary>Stores a checked photo and attaches it; the stored photo is removed again if the case does not take it.</summary>
    private async Task<Outcome<CaseView>> Store(ClaimsPrincipal user, ICaseGrain grain, string id, byte[] bytes)
    {
        var photoId = await photos.Add(id, new CasePhoto(PhotoRules.Sniff(bytes)!, bytes), user.Identity?.Name ?? "?", time.GetUtcNow());
        try
        {
            var attached = await grain.AddPhoto(photoId);
            if (!attached.Succeeded)
            {
                await photos.Remove(photoId); // the case did not take it (full meanwhile)
            }

            return attached;
        }
        catch
        {
            await photos.Remove(photoId);
            throw;
        }
    }

    private static Refusal NotFound(string id) => Refusal.NotFound($"案件 {id} 不存在 / case '{id}' does not exist.");

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
