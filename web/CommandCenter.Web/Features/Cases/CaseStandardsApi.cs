using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// The office sets a campaign's case standard (立案标准): categories, subcategories and their time limits, such as a
/// city's own "路灯不亮 24 小时修复". A new limit applies to cases reported from then on; cases already reported keep
/// the deadline they were given.
/// </summary>
public static class CaseStandardsApi
{
    public const int MaxCategories = 500;
    public const int MaxNameLength = 40;

    public static IEndpointRouteBuilder MapCaseStandardsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/campaigns/{id}/case-categories", Set).WithTags("Case rules").RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Results<Ok<CaseRules>, ProblemHttpResult>> Set(string id, CaseCategoryRequest[]? categories, IGrainFactory grains)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<ICampaignGrain>(id).GetDefinition() is null)
        {
            return Problems.NotFound($"活动不存在 Campaign '{id}' does not exist.");
        }

        if (categories is not { Length: > 0 and <= MaxCategories })
        {
            return Problems.Invalid("categories", $"须为 1 至 {MaxCategories} 个类别的数组 Send a JSON array of 1 to {MaxCategories} categories.");
        }

        var table = new List<CaseCategory>();
        for (var i = 0; i < categories.Length; i++)
        {
            var row = categories[i];
            if (Name(row?.Category) is not { } category)
            {
                return Problems.Invalid($"categories[{i}].category", $"大类须为 1 至 {MaxNameLength} 字 A category of 1 to {MaxNameLength} characters is required.");
            }

            if (Name(row!.Subcategory) is not { } subcategory)
            {
                return Problems.Invalid($"categories[{i}].subcategory", $"小类须为 1 至 {MaxNameLength} 字 A subcategory of 1 to {MaxNameLength} characters is required.");
            }

            if (row.Unit is not { } unit || !Enum.IsDefined(unit) || row.Amount is not { } amount || amount < 1 || amount > (unit == TimeLimitUnit.WorkingHours ? 2000 : 365))
            {
                return Problems.Invalid($"categories[{i}].amount", "时限须为 1–2000 工作小时或 1–365 工作日 The limit is 1–2000 working hours or 1–365 working days.");
            }

            if (table.Any(c => c.Category == category && c.Subcategory == subcategory))
            {
                return Problems.Invalid($"categories[{i}].subcategory", $"重复的类别 {category}/{subcategory} Each subcategory appears once.");
            }

            table.Add(new CaseCategory { Category = category, Subcategory = subcategory, Limit = new TimeLimit { Amount = amount, Unit = unit } });
        }

        await grains.GetGrain<ICaseRulesGrain>(id).SetCategories(table);
        return TypedResults.Ok(await grains.GetGrain<ICaseRulesGrain>(id).Get());
    }

    private static string? Name(string? text) =>
        text?.Trim() is { Length: > 0 and <= MaxNameLength } trimmed && !trimmed.Any(char.IsControl) ? trimmed : null;
}
