using System.Globalization;
using System.Security.Claims;
using CommandCenter.Assessment;
using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>
/// The assessment's writes for the API and the pages alike: request fields are checked here (and the rest in the
/// grain) so a page can never do what the API refuses; a refusal names the field and stores nothing.
/// </summary>
public sealed class AssessmentDesk(IGrainFactory grains, DomainClock clock)
{
    private IAssessmentGrain Grain(string campaignId) => grains.GetGrain<IAssessmentGrain>(campaignId);

    public Task<Outcome<AssessmentScheme>> SaveScheme(string campaignId, AssessmentScheme? scheme) =>
        scheme is null ? Refused<AssessmentScheme>("body", "缺少考核方案 / the scheme is missing.") : Grain(campaignId).SaveScheme(scheme);

    public async Task<Outcome<Adjustment>> Adjust(string campaignId, AdjustmentRequest? request, ClaimsPrincipal user)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Subject))
        {
            return await Refused<Adjustment>("subject", "请填写单位 / subject is required.");
        }

        if (request.Points is not { } points)
        {
            return await Refused<Adjustment>("points", "请填写分值 / points is required.");
        }

        if (!TryDate(request.Date, out var date))
        {
            return await Refused<Adjustment>("date", "日期格式为 yyyy-MM-dd / date is yyyy-MM-dd.");
        }

        return await Grain(campaignId).AddAdjustment(new Adjustment
        {
            Id = "", Subject = request.Subject.Trim(), Points = points, Reason = request.Reason?.Trim() ?? "", Date = date,
            Evidence = string.IsNullOrWhiteSpace(request.Evidence) ? null : request.Evidence.Trim(), By = By(user), At = clock.GetUtcNow(),
        });
    }

    public async Task<Outcome<BlacklistEvent>> Event(string campaignId, BlacklistEventRequest? request, ClaimsPrincipal user)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Unit))
        {
            return await Refused<BlacklistEvent>("unit", "请填写单位 / unit is required.");
        }

        if (!Enum.TryParse<BlacklistEventKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return await Refused<BlacklistEvent>("kind", "事项须为 safetyIncident、mediaExposure、superiorCriticism 或 rankingBehindTarget / kind is one of safetyIncident, mediaExposure, superiorCriticism, rankingBehindTarget.");
        }

        if (!TryDate(request.Date, out var date))
        {
            return await Refused<BlacklistEvent>("date", "日期格式为 yyyy-MM-dd / date is yyyy-MM-dd.");
        }

        return await Grain(campaignId).AddEvent(new BlacklistEvent
        {
            Id = "", Unit = request.Unit.Trim(), Kind = kind, Note = request.Note?.Trim() ?? "", Date = date,
            Evidence = string.IsNullOrWhiteSpace(request.Evidence) ? null : request.Evidence.Trim(), By = By(user), At = clock.GetUtcNow(),
        });
    }

    public Task<Outcome<PublishedPeriod>> Publish(string campaignId, string period, ClaimsPrincipal user) => Grain(campaignId).Publish(period, By(user));

    public Task<Outcome<PublishedPeriod>> Revise(string campaignId, string period, string? note, ClaimsPrincipal user) =>
        Grain(campaignId).Revise(period, note ?? "", By(user));

    /// <summary>The unit's explanation: its own unit head, or the office on its behalf.</summary>
    public Task<Outcome<AccountabilityRecord>> Explain(string campaignId, string period, string unit, string? text, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || AssessmentAccess.Owns(user, SubjectKind.Units, unit)
            ? Grain(campaignId).Explain(unit, period, text ?? "", By(user))
            : Task.FromResult<Outcome<AccountabilityRecord>>(Refusal.Forbidden($"只能为本单位作说明 / only {unit}'s head may explain for it.", "unit"));

    public async Task<Outcome<AccountabilityRecord>> RecordAction(string campaignId, string period, string unit, AccountabilityRequest? request, ClaimsPrincipal user)
    {
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request?.Date is { Length: > 0 } text && !TryDate(text, out date))
        {
            return await Refused<AccountabilityRecord>("date", "日期格式为 yyyy-MM-dd / date is yyyy-MM-dd.");
        }

        return await Grain(campaignId).RecordAction(unit, period, new AccountabilityAction { Date = date, Text = request?.Text ?? "", By = By(user), At = clock.GetUtcNow() });
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string By(ClaimsPrincipal user) => user.Identity?.Name ?? "office";

    private static Task<Outcome<T>> Refused<T>(string field, string reason) => Task.FromResult<Outcome<T>>(Refusal.Invalid(field, reason));

    public Task<AssessmentScheme> Scheme(string campaignId, string? period) => Grain(campaignId).GetScheme(period);

    public Task<IReadOnlyList<AssessmentScheme>> Schemes(string campaignId) => Grain(campaignId).GetSchemes();

    /// <summary>Live standings (no period) or a period's, of units or of grids.</summary>
    public Task<Standings?> Standings(string campaignId, SubjectKind subjects, string? period) => Grain(campaignId).GetStandings(subjects, period);

    public Task<PublishedPeriod?> Published(string campaignId, string period) => Grain(campaignId).GetPublished(period, null);

    /// <summary>Every published period, each with its revisions.</summary>
    public Task<IReadOnlyList<PublishedPeriod>> History(string campaignId) => Grain(campaignId).GetHistory();

    public Task<IReadOnlyList<AccountabilityRecord>> Accountability(string campaignId) => Grain(campaignId).GetAccountability();
}
