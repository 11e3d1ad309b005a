using CommandCenter.Ledger;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Ledger;

/// <summary>The ledger's query-string filters: campaignId, grid, unit, category, status, open, overdue, source, from, to (report dates), stage, page, pageSize.</summary>
public static class LedgerFilters
{
    public static (CaseQuery? Query, ProblemHttpResult? Problem) Cases(IQueryCollection q, int maxPageSize)
    {
        var (page, size, pagingProblem) = Paging(q, maxPageSize);
        if (pagingProblem is not null)
        {
            return (null, pagingProblem);
        }

        if (!Filters.TryEnum<CaseStatus>(Text(q, "status"), out var status))
        {
            return (null, Problems.Invalid("status", "status 为 reported、dispatched、handling、rectified、verified、closed、rework、notAccepted 或 withdrawn / status is one of reported, dispatched, handling, rectified, verified, closed, rework, notAccepted, withdrawn."));
        }

        if (!TryBool(Text(q, "overdue"), out var overdue))
        {
            return (null, Problems.Invalid("overdue", "overdue is true or false."));
        }

        if (!TryBool(Text(q, "open"), out var open))
        {
            return (null, Problems.Invalid("open", "open is true or false."));
        }

        if (!Filters.TryEnum<CaseSource>(Text(q, "source"), out var source))
        {
            return (null, Problems.Invalid("source", "source 为 patrol、hotline、media、inspection 或 digitalCenter source is patrol, hotline, media, inspection or digitalCenter."));
        }

        if (!TryDay(Text(q, "from"), out var from))
        {
            return (null, Problems.Invalid("from", "from 须为 yyyy-MM-dd 日期 from is a date in yyyy-MM-dd (China time)."));
        }

        if (!TryDay(Text(q, "to"), out var to))
        {
            return (null, Problems.Invalid("to", "to 须为 yyyy-MM-dd 日期 to is a date in yyyy-MM-dd (China time)."));
        }

        return (new CaseQuery
        {
            Source = source, ReportedFrom = from, ReportedBefore = to?.AddDays(1),
            CampaignId = Text(q, "campaignId"), Grid = Text(q, "grid"), Unit = Text(q, "unit"), Category = Text(q, "category"),
            Status = status, Overdue = overdue, Open = open, Page = page, PageSize = size,
        }, null);
    }

    public static (Func<SupervisionNotice, bool>? Filter, int Page, int PageSize, ProblemHttpResult? Problem) Notices(IQueryCollection q, int maxPageSize)
    {
        var (page, size, pagingProblem) = Paging(q, maxPageSize);
        if (pagingProblem is not null)
        {
            return (null, 0, 0, pagingProblem);
        }

        if (!Filters.TryEnum<NoticeStatus>(Text(q, "noticeStatus"), out var status) || !Filters.TryEnum<NoticeStage>(Text(q, "stage"), out var stage))
        {
            return (null, 0, 0, Problems.Invalid("stage", "noticeStatus is issued, answered or closed; stage is none, blue, yellow or red."));
        }

        if (!TryBool(Text(q, "overdue"), out var overdue))
        {
            return (null, 0, 0, Problems.Invalid("overdue", "overdue is true or false."));
        }

        var unit = Text(q, "unit");
        return (n => (unit is null || n.Unit == unit) && (status is null || n.Status == status) && (stage is null || n.Stage == stage)
            && (overdue is null || (n.Stage == NoticeStage.Red) == overdue), page, size, null);
    }

    private static (int Page, int Size, ProblemHttpResult? Problem) Paging(IQueryCollection q, int maxPageSize)
    {
        var page = 1;
        var size = 50;
        if ((Text(q, "page") is { } p && (!int.TryParse(p, out page) || page < 1 || page > 1_000_000))
            || (Text(q, "pageSize") is { } s && (!int.TryParse(s, out size) || size < 1 || size > maxPageSize)))
        {
            return (0, 0, Problems.Invalid("page", $"page is a whole number from 1; pageSize from 1 to {maxPageSize}."));
        }

        return (page, size, null);
    }

    /// <summary>A day's start in China time (Asia/Shanghai, the ledger's zone as its export writes it).</summary>
    private static bool TryDay(string? text, out DateTimeOffset? start)
    {
        start = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return false;
        }

        start = CommandCenter.Briefings.BriefingCompiler.Bounds(day, "Asia/Shanghai").Start;
        return true;
    }

    private static string? Text(IQueryCollection q, string key) => q[key].ToString() is { Length: > 0 } text ? text.Trim() : null;

    private static bool TryBool(string? text, out bool? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!bool.TryParse(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
