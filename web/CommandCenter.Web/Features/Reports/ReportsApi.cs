using System.Globalization;
using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Reports;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Reports;

/// <summary>The weekly progress reports (每周五报送): who has reported this week, submitting, returning for revision.</summary>
public static class ReportsApi
{
    public const int MaxTextLength = ReportDesk.MaxTextLength;

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/campaigns/{id}/reports").WithTags("Weekly reports");
        reports.MapGet("/", Week).RequireAuthorization(Policies.Reader);
        reports.MapPost("/", Submit).RequireAuthorization(Policies.Writer);
        reports.MapPost("/{week}/{unit}/return", Return).RequireAuthorization(Policies.Office);
        return app;
    }

    /// <summary>A week's status per lead unit (who has not reported is visible to every account; the texts only to the office, viewers and the unit). Default: this week.</summary>
    private static async Task<Results<Ok<WeekReports>, ProblemHttpResult>> Week(string id, string? week, ClaimsPrincipal user, IGrainFactory grains, DomainClock time)
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

        return TypedResults.Ok(ReadScope.Of(user).Redact((await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(id, monday)).Get())!));
    }

    /// <summary>
    /// Submits this week's report of the caller's unit (the office names the unit). The task figures are taken from the
    /// current values of the tasks in the lines the unit leads.
    /// </summary>
    private static async Task<Results<Ok<UnitReport>, ProblemHttpResult>> Submit(string id, ReportRequest? request, ClaimsPrincipal user, ReportDesk desk)
    {
        if (!Ids.IsValid(id))
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        return Problems.Answer(await desk.Submit(user, id, request?.Unit, request?.WorkDone, request?.Problems, request?.NextWeek));
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
