using CommandCenter.Ledger;

namespace CommandCenter.Assessment;

/// <summary>Reads a period's inputs from the cluster and the case ledger (one call per source).</summary>
public sealed class AssessmentSources(IGrainFactory grains, ICaseLedger ledger)
{
    public async Task<AssessmentInputs?> Read(string campaignId, AssessmentPeriod period, AssessmentScheme scheme, DateTimeOffset now)
    {
        var campaignGrain = grains.GetGrain<ICampaignGrain>(campaignId);
        if (await campaignGrain.GetDefinition() is not { } definition || await campaignGrain.GetSnapshot() is not { } campaign)
        {
            return null;
        }

        var (from, to) = (period.StartsAt(campaign.TimeZone), period.EndsAt(campaign.TimeZone));
        var weeks = Task.WhenAll(Weeks(definition, from, to, now).Select(w => grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, w)).Get()));
        var notices = grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
        var grids = grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List();
        var cases = ledger.Tally(campaignId, from, to);
        return new AssessmentInputs
        {
            Campaign = campaign,
            Period = period,
            Scheme = scheme,
            Now = now,
            Weeks = (await weeks).OfType<WeekReports>().ToList(),
            Notices = (await notices).Where(n => n.CampaignId == campaignId && n.Deadline >= from && n.Deadline < to).ToList(),
            Grids = (await grids).Where(r => r.Grid.CampaignId == campaignId).Select(r => r.Grid).ToList(),
            Cases = await cases,
        };
    }

    /// <summary>The Mondays of the campaign's weeks whose report deadline fell in [from, to) and has passed.</summary>
    private static IEnumerable<DateOnly> Weeks(CampaignDefinition campaign, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var first = ReportWeek.Of(campaign.StartDate);
        for (var week = first; week <= campaign.EndDate; week = week.AddDays(7))
        {
            var deadline = ReportWeek.Deadline(week, campaign.ReportDay, campaign.ReportTime, campaign.TimeZone);
            if (deadline >= from && deadline < to && deadline <= now)
            {
                yield return week;
            }
        }
    }
}
