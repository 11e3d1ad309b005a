using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>A campaign's case rules: working calendar, categories with time limits, and the quantity tasks that count closed cases.</summary>
public static class CaseRulesApi
{
    public static IEndpointRouteBuilder MapCaseRulesApi(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/api/campaigns/{id}").WithTags("Case rules");
        rules.MapGet("/case-rules", Get).RequireAuthorization(Policies.Reader);
        rules.MapPut("/working-calendar", SetCalendar).RequireAuthorization(Policies.Office);
        rules.MapPost("/case-links", Link).RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Results<Ok<CaseRules>, ProblemHttpResult>> Get(string id, IGrainFactory grains) =>
        await Exists(id, grains) ? TypedResults.Ok(await grains.GetGrain<ICaseRulesGrain>(id).Get()) : Problems.NotFound($"Campaign '{id}' does not exist.");

    /// <summary>Replaces the calendar: at least one period (start before end, not overlapping), at least one working day, a known time zone.</summary>
    private static async Task<Results<Ok<CaseRules>, ProblemHttpResult>> SetCalendar(string id, WorkingCalendar? calendar, IGrainFactory grains)
    {
        if (!await Exists(id, grains))
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        if (calendar?.Periods?.Any(p => p is null) is true || calendar?.WorkingDays is null || calendar.Holidays is null || calendar.ExtraWorkingDays is null)
        {
            return Problems.Invalid("periods", "periods, workingDays, holidays and extraWorkingDays are lists without nulls.");
        }

        var periods = calendar.Periods?.OrderBy(p => p.Start).ToList() ?? [];
        if (periods.Count == 0 || periods.Any(p => p.Start >= p.End) || periods.Zip(periods.Skip(1)).Any(pair => pair.First.End > pair.Second.Start))
        {
            return Problems.Invalid("periods", "periods need at least one { start, end } with start before end, not overlapping.");
        }

        if (calendar.WorkingDays.Count == 0 || string.IsNullOrWhiteSpace(calendar.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(calendar.TimeZone, out _))
        {
            return Problems.Invalid("workingDays", "At least one working day and a known IANA time zone are required.");
        }

        await grains.GetGrain<ICaseRulesGrain>(id).SetCalendar(calendar with { Periods = periods });
        return TypedResults.Ok(await grains.GetGrain<ICaseRulesGrain>(id).Get());
    }

    /// <summary>Each closed case of the category (and subcategory, if given) adds 1 to the quantity task.</summary>
    private static async Task<Results<Ok<CaseRules>, ProblemHttpResult>> Link(string id, CaseTaskLink? link, IGrainFactory grains)
    {
        if (!await Exists(id, grains))
        {
            return Problems.NotFound($"Campaign '{id}' does not exist.");
        }

        if (link is null || !Ids.IsValid(link.TaskId) || await grains.GetGrain<ITaskGrain>(link.TaskId).GetView() is not { } task || task.CampaignId != id)
        {
            return Problems.Invalid("taskId", $"Task '{link?.TaskId}' is not a task of campaign '{id}'.");
        }

        if (task.Target.Kind != TargetKind.Quantity)
        {
            return Problems.Invalid("taskId", "Only a quantity task can count cases.");
        }

        var rules = await grains.GetGrain<ICaseRulesGrain>(id).Get();
        if (!rules.Categories.Any(c => c.Category == link.Category && (link.Subcategory is null || c.Subcategory == link.Subcategory)))
        {
            return Problems.Invalid("category", $"Unknown category {link.Category}/{link.Subcategory}.");
        }

        await grains.GetGrain<ICaseRulesGrain>(id).LinkTask(link);
        return TypedResults.Ok(await grains.GetGrain<ICaseRulesGrain>(id).Get());
    }

    private static async Task<bool> Exists(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICampaignGrain>(id).GetDefinition() is not null;
}
