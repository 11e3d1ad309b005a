using System.Globalization;
using CommandCenter.Briefings;

namespace CommandCenter.Reports;

/// <summary>The JSON the webhook receives when the office publishes a briefing (or a revision of it): which issue, and where to read it.</summary>
public sealed record BriefingMessage(
    string CampaignId, string CampaignName, int Number, int Revision, DateOnly Week, DateTimeOffset PublishedAt, string PublishedBy, string PageUrl, string DocumentUrl)
{
    /// <summary>A ready-made text for an SMS or WeChat gateway.</summary>
    public string Text => Revision == 1
        ? $"【{CampaignName}】工作简报第{Number}期（{Week:yyyy-MM-dd}当周）已发布：{PageUrl}"
        : $"【{CampaignName}】工作简报第{Number}期（{Week:yyyy-MM-dd}当周）第{Revision}次修订已发布：{PageUrl}";

    /// <summary>The message of <paramref name="published"/>; links are absolute under <paramref name="publicAddress"/> when it is set.</summary>
    public static BriefingMessage Of(PublishedBriefing published, string? publicAddress)
    {
        var content = published.Content;
        var page = $"{(publicAddress ?? "").TrimEnd('/')}/campaigns/{Uri.EscapeDataString(content.CampaignId)}/briefings/{content.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var document = $"{(publicAddress ?? "").TrimEnd('/')}/api/campaigns/{Uri.EscapeDataString(content.CampaignId)}/briefings/{content.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/document?format=docx";
        return new BriefingMessage(content.CampaignId, content.CampaignName, published.Number, published.Revision, content.Week, published.PublishedAt, published.PublishedBy, page, document);
    }
}
