using CommandCenter.Assessment;

namespace CommandCenter.Seeding;

/// <summary>
/// The demo campaign's assessment: an adjustment and a media-exposure event in the previous month, that month
/// published (第1期) with the black-listed unit's explanation, and the current month open — so the pages and the
/// wall show real standings on first start.
/// </summary>
public static class AssessmentDemo
{
    public const string ExposedUnit = "渣土管理办公室";

    public static async Task Seed(IGrainFactory grains, DomainClock time, CampaignDefinition campaign)
    {
        var today = CampaignClock.Today(time, campaign.TimeZone);
        var previous = AssessmentPeriod.Of(PeriodKind.Month, today).Previous;
        if (previous.End < campaign.StartDate)
        {
            return; // the campaign started this month: nothing to publish yet
        }

        var day = previous.End < campaign.StartDate.AddDays(7) ? previous.End : previous.End.AddDays(-5);
        var now = time.GetUtcNow();
        var assessment = grains.GetGrain<IAssessmentGrain>(campaign.Id);
        await assessment.AddAdjustment(new Adjustment
        {
            Id = "", Subject = "园林绿化处", Points = 3, Reason = "市领导现场检查给予肯定", Date = day, By = "专项办", At = now,
        });
        await assessment.AddAdjustment(new Adjustment
        {
            Id = "", Subject = "城市管理综合执法支队", Points = -5, Reason = "明查暗访发现占道经营反弹", Date = day, Evidence = "暗访记录第12号", By = "专项办", At = now,
        });
        await assessment.AddEvent(new BlacklistEvent
        {
            Id = "", Unit = ExposedUnit, Kind = BlacklistEventKind.MediaExposure, Note = "渣土车沿途撒漏被电视台曝光", Date = day, By = "专项办", At = now,
        });
        if ((await assessment.Publish(previous.Key, "专项办")).Value is not null)
        {
            await assessment.Explain(ExposedUnit, previous.Key, "已约谈涉事运输企业，全线加装密闭装置，每日巡查两次。", "渣土办");
        }
    }
}
