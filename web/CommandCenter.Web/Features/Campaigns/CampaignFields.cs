using System.Globalization;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>What the import and new-campaign forms edit: name, dates and time zone of a campaign.</summary>
public sealed class CampaignFields
{
    /// <summary>The form fields that show a refusal beside them.</summary>
    public static readonly IReadOnlyCollection<string> Shown = ["name", "startDate", "endDate", "timeZone"];

    /// <summary>The zones offered, IANA names as the server knows them; China's first.</summary>
    public static readonly IReadOnlyList<string> Zones =
        [Shell.Dates.DefaultZone, .. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(z => z != Shell.Dates.DefaultZone).Order(StringComparer.Ordinal)];

    public string Name { get; set; } = "";
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public string TimeZone { get; set; } = Shell.Dates.DefaultZone;

    /// <summary>The fields as the import form reads them (dates in yyyy-MM-dd).</summary>
    public IFormCollection Form() => new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
    {
        ["name"] = Name, ["startDate"] = Day(Start), ["endDate"] = Day(End), ["timeZone"] = TimeZone,
    });

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
