using System.Security.Claims;
using CommandCenter.Assessment;
using CommandCenter.Domain;
using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Assessment;

/// <summary><c>GET …/periods/{period}/bulletin?format=docx|xlsx</c>: the published 通报 (office and viewers; bearer token or the sign-in cookie).</summary>
public static class Bulletin
{
    public static async Task<IResult> Download(string id, string period, string? format, int? revision, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AssessmentAccess.SeesAll(user))
        {
            return Problems.OutOfScope("通报仅限专项办和查看人员下载 / the bulletin is for the office and viewers.");
        }

        if (format is not (null or "docx" or "xlsx"))
        {
            return Problems.Invalid("format", "format 为 docx 或 xlsx / format is docx or xlsx.");
        }

        if (!Ids.IsValid(id) || await grains.GetGrain<IAssessmentGrain>(id).GetPublished(period, revision) is not { } published)
        {
            return Problems.NotFound($"{period} 未发布 / period '{period}' is not published.");
        }

        var zone = CampaignClock.Zone((await grains.GetGrain<CommandCenter.Campaigns.ICampaignGrain>(id).GetDefinition())?.TimeZone ?? "Asia/Shanghai");
        var name = $"{id}-{published.Period}-第{published.Number}期-r{published.Revision}";
        return format == "xlsx"
            ? TypedResults.File(BulletinExcel.Write(published), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : TypedResults.File(BulletinWord.Write(published, zone), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
