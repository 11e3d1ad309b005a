using CommandCenter.Domain;
using CommandCenter.Ledger;
using CommandCenter.Reports;

namespace CommandCenter.Web.Features.Today;

/// <summary>
/// The office's day at a glance, read from what the other pages read: the campaigns' snapshots (lagging and overdue
/// tasks), this week's reports (missing or returned), the notice directory (open past their deadline) and the case
/// ledger (open, overdue).
/// </summary>
public sealed class OfficeToday(IGrainFactory grains, ICaseLedger ledger, DomainClock time)
{
    /// <summary>The most overdue cases listed per campaign (the count is always the full one).</summary>
    public const int MaxCases = 10;

    public async Task<IReadOnlyList<TodayCampaign>> Read()
    {
        var campaigns = await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List();
        var notices = await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
        var now = time.GetUtcNow();
        var days = new List<TodayCampaign>();
        foreach (var campaign in campaigns)
        {
            if (await grains.GetGrain<ICampaignGrain>(campaign.Id).GetSnapshot() is not { } snapshot)
            {
                continue;
            }

            var week = ReportWeek.Current(time, snapshot.TimeZone);
            var reports = await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaign.Id, week)).Get();
            var cases = await ledger.Query(new CaseQuery { CampaignId = campaign.Id, Open = true, Overdue = true, PageSize = MaxCases });
            days.Add(new TodayCampaign(
                campaign,
                snapshot.Lines.SelectMany(l => l.Tasks).Where(t => t.Status is ProgressStatus.Lagging or ProgressStatus.Overdue)
                    .OrderByDescending(t => t.Status).ThenBy(t => t.DueDate).ToList(),
                week,
                reports?.Units.Where(u => u.Status is ReportStatus.Missing or ReportStatus.Returned).OrderBy(u => u.Unit, StringComparer.Ordinal).ToList() ?? [],
                notices.Where(n => n.CampaignId == campaign.Id && n.Status != NoticeStatus.Closed && n.Deadline < now).OrderBy(n => n.Deadline).ToList(),
                cases.Total,
                cases.Items.OrderBy(c => c.Deadline).ToList(),
                snapshot.Lines,
                snapshot.StartDate));
        }

        return days;
    }
}
