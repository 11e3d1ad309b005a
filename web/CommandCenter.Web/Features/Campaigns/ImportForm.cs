using System.Globalization;
using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>The campaign fields of an import form: name, dates in yyyy-MM-dd, optional time zone and id.</summary>
public static class ImportForm
{
    public const int MaxNameLength = 200;

    public static (CampaignDefinition? Campaign, (string Field, string Reason)? Error) Read(IFormCollection form)
    {
        var name = form["name"].ToString().Trim();
        if (name.Length is 0 or > MaxNameLength)
        {
            return (null, ("name", $"请填写名称（1 至 {MaxNameLength} 个字） / a campaign name of 1 to {MaxNameLength} characters is required."));
        }

        if (TextRules.FirstLineProblem(("name", name), ("timeZone", form["timeZone"].ToString()), ("id", form["id"].ToString())) is { } text)
        {
            return (null, text);
        }

        if (!TryDate(form["startDate"], out var start))
        {
            return (null, ("startDate", "开始日期须写成 yyyy-MM-dd / startDate must be a date in yyyy-MM-dd."));
        }

        if (!TryDate(form["endDate"], out var end) || end < start)
        {
            return (null, ("endDate", "结束日期须写成 yyyy-MM-dd，且不早于开始日期 / endDate must be a date in yyyy-MM-dd, not before startDate."));
        }

        if (CampaignDates.Problem(start, end, DateOnly.FromDateTime(DateTime.UtcNow)) is { } dates)
        {
            return (null, dates);
        }

        var timeZone = form["timeZone"].ToString() is { Length: > 0 } zone ? zone : "Asia/Shanghai";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            return (null, ("timeZone", $"未知时区“{timeZone}”（请用 Asia/Shanghai 这样的 IANA 名称） / unknown time zone '{timeZone}' (use an IANA name such as Asia/Shanghai)."));
        }

        var id = form["id"].ToString() is { Length: > 0 } given ? given : "c" + Guid.NewGuid().ToString("N")[..10];
        if (!Ids.IsValid(id))
        {
            return (null, ("id", "编号只能包含字母、数字、点、横线和下划线（至多 100 个） / id may hold only letters, digits, '.', '-' and '_' (at most 100)."));
        }

        return (new CampaignDefinition { Id = id, Name = name, StartDate = start, EndDate = end, TimeZone = timeZone }, null);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
