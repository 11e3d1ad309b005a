using System.Globalization;
using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Reports;
using CommandCenter.Web.Auth;

namespace CommandCenter.Web.Api;

/// <summary>The weekly progress reports (每周五报送): who has reported this week, submitting, returning for revision.</summary>
public static class ReportsApi
{
    public const int MaxTextLength = 4000;

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/campaigns/{id}/reports").WithTags("Weekly reports");
        reports.MapGet("/", Week);
        reports.MapPost("/", Submit).RequireAuthorization(Policies.Writer);
        reports.MapPost("/{week}/{unit}/return", Return).RequireAuthorization(Policies.Office);
        return app;
    }

    /// <summary>A week's status per lead unit (public: who has not reported is visible to everyone). Default: this week.</summary>
    private static async Task<Results<Ok<WeekReports>, ProblemHttpResult>> Week(string id, string? week, IGrainFactory grains, DomainClock time)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICampaignGrain>(id).GetDefinition() is not { } campaign)
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        DateOnly monday;
        if (week is null)
        {
            monday = ReportWeek.Current(time, campaign.TimeZone);
        }
        else if (DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            monday = ReportWeek.Of(day);
        }
        else
        {
            return Problems.Invalid("week", "week is a date in yyyy-MM-dd (any day of the week).");
        }

        return TypedResults.Ok((await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(id, monday)).Get())!);
    }

    /// <summary>
    /// Submits this week's report of the caller's unit (the office names the unit). The task figures are taken from the
    /// current values of the tasks in the lines the unit leads.
    /// </summary>
    private static async Task<Results<Ok<UnitReport>, ProblemHttpResult>> Submit(string id, ReportRequest? request, ClaimsPrincipal user, IGrainFactory grains, DomainClock time)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICampaignGrain>(id).GetSnapshot() is not { } snapshot)
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        var ownUnit = user.FindFirstValue(ClaimNames.Unit);
        var unit = user.IsInRole(Roles.Administrator) ? request?.Unit ?? ownUnit : ownUnit;
        if (string.IsNullOrWhiteSpace(unit))
        {
            return Problems.Invalid("unit", "Name the unit whose report this is.");
        }

        if (!user.IsInRole(Roles.Administrator) && request?.Unit is { } named && named != ownUnit)
        {
            return TypedResults.Problem($"Your account reports for {ownUnit}, not {named}.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        if (new[] { request?.WorkDone, request?.Problems, request?.NextWeek }.Any(t => t?.Length > MaxTextLength))
        {
            return Problems.Invalid("workDone", $"Each text may have at most {MaxTextLength} characters.");
        }

        var figures = snapshot.Lines.Where(l => l.LeadUnit == unit).SelectMany(l => l.Tasks)
            .Select(t => new TaskFigure { TaskId = t.Id, Title = t.Title, Value = t.Actual, UnitOfMeasure = t.Target.UnitOfMeasure }).ToList();
        var report = new WeeklyReport { Figures = figures, WorkDone = request?.WorkDone ?? "", Problems = request?.Problems ?? "", NextWeek = request?.NextWeek ?? "" };
        var week = ReportWeek.Current(time, snapshot.TimeZone);
        return await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(id, week)).Submit(unit, report, user.Identity?.Name ?? "?") is { } stored
            ? TypedResults.Ok(stored)
            : Problems.Invalid("unit", $"{unit} leads no line of effort of this campaign, so it has no weekly report.");
    }

    private static async Task<Results<Ok<UnitReport>, ProblemHttpResult>> Return(string id, string week, string unit, ReturnRequest? request, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason) || request.Reason.Length > MaxTextLength)
        {
            return Problems.Invalid("reason", "Say why the report goes back (at most 4000 characters).");
        }

        if (!Ids.IsValid(id) || !DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.NotFound("No such campaign week.");
        }

        return await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(id, ReportWeek.Of(day))).Return(unit, request.Reason) is { } returned
            ? TypedResults.Ok(returned)
            : Problems.NotFound($"{unit} has no report for that week to return.");
    }
}
