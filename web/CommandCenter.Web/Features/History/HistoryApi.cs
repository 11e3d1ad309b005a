using System.Globalization;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.History;

/// <summary>What the task history shows: burn-up charts (any account) and the office's audit.</summary>
public static class HistoryApi
{
    public const int MaxAuditRows = 2000;

    public static IEndpointRouteBuilder MapHistoryApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/tasks/{taskId}/burnup", TaskBurnUp).WithTags("History").RequireAuthorization(Policies.Reader);
        app.MapGet("/api/campaigns/{id}/burnup", CampaignBurnUp).WithTags("History").RequireAuthorization(Policies.Reader);
        app.MapGet("/api/audit", Audit).WithTags("History").RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Results<Ok<BurnUpChart>, ProblemHttpResult>> TaskBurnUp(string taskId, HistoryQueries history) =>
        Ids.IsValid(taskId) && await history.TaskBurnUp(taskId) is { } chart
            ? TypedResults.Ok(chart)
            : Problems.NotFound($"Task '{taskId}' does not exist.");

    private static async Task<Results<Ok<BurnUpChart>, ProblemHttpResult>> CampaignBurnUp(string id, string? line, HistoryQueries history) =>
        Ids.IsValid(id) && (line is null || line.Length <= Ids.MaxLength) && await history.CampaignBurnUp(id, line) is { } chart
            ? TypedResults.Ok(chart)
            : Problems.NotFound(line is null ? $"Campaign '{id}' does not exist." : $"Campaign '{id}' has no line of effort '{line}'.");

    /// <summary><c>?campaign=…&amp;unit=…&amp;user=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;limit=…</c>, newest first.</summary>
    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult>> Audit(
        string? campaign, string? unit, string? user, string? from, string? to, int? limit, HistoryQueries history)
    {
        if (!Ids.IsValid(campaign))
        {
            return Problems.Invalid("campaign", "Name the campaign (campaign=…).");
        }

        if (!TryDate(from, out var fromDate))
        {
            return Problems.Invalid("from", "from is a date in yyyy-MM-dd.");
        }

        if (!TryDate(to, out var toDate) || (fromDate is { } f && toDate is { } t && t < f))
        {
            return Problems.Invalid("to", "to is a date in yyyy-MM-dd, not before from.");
        }

        if (limit is < 1 or > MaxAuditRows)
        {
            return Problems.Invalid("limit", $"limit is 1 to {MaxAuditRows}.");
        }

        var query = new AuditQuery(campaign!, Blank(unit), Blank(user), fromDate, toDate, limit ?? 500);
        return await history.Audit(query) is { } entries ? TypedResults.Ok(entries) : Problems.NotFound($"Campaign '{campaign}' does not exist.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }
}
