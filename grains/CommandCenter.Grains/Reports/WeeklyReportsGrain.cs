namespace CommandCenter.Reports;

/// <summary>One campaign week's reports: who submitted what and when, judged against the week's deadline.</summary>
public sealed class WeeklyReportsGrain(
    [PersistentState("weekly-reports", StorageNames.Default)] IPersistentState<Dictionary<string, UnitReportState>> state,
    WallPublisher wall,
    DomainClock time) : Grain, IWeeklyReportsGrain
{
    private string CampaignId => this.GetPrimaryKeyString().Split('/')[0];

    private DateOnly Week => DateOnly.ParseExact(this.GetPrimaryKeyString().Split('/')[1], "yyyy-MM-dd");

    public Task<UnitReport?> Submit(string unit, WeeklyReport report, string by) => Record(unit, report, by, time.GetUtcNow());

    public async Task<UnitReport?> Record(string unit, WeeklyReport report, string by, DateTimeOffset submittedAt)
    {
        if (await Campaign() is not { } campaign || !LeadUnits(campaign).Contains(unit))
        {
            return null;
        }

        var entry = state.State.GetValueOrDefault(unit) ?? new UnitReportState();
        if (entry is { Report: { } earlier, SubmittedAt: { } at })
        {
            entry.Versions.Add(new ReportVersion { SubmittedAt = at, SubmittedBy = entry.SubmittedBy ?? "", Report = earlier, ReturnReason = entry.ReturnReason });
        }

        entry.SubmittedAt = submittedAt;
        entry.SubmittedBy = by;
        entry.Report = report;
        entry.Returned = false;
        entry.ReturnReason = null;
        state.State[unit] = entry;
        await state.WriteStateAsync();
        await wall.ReportsChanged(campaign.Id);
        return View(campaign, unit);
    }

    public async Task<UnitReport?> Return(string unit, string reason)
    {
        if (await Campaign() is not { } campaign || state.State.GetValueOrDefault(unit) is not { Report: not null } entry)
        {
            return null;
        }

        entry.Returned = true;
        entry.ReturnReason = reason;
        await state.WriteStateAsync();
        await wall.ReportsChanged(campaign.Id);
        return View(campaign, unit);
    }

    public async Task<WeekReports?> Get() =>
        await Campaign() is { } campaign
            ? new WeekReports
            {
                CampaignId = campaign.Id,
                Week = Week,
                Deadline = Deadline(campaign),
                Units = LeadUnits(campaign).Select(u => View(campaign, u)).ToList(),
            }
            : null;

    public async Task<IReadOnlyList<string>> RemindPending()
    {
        if (await Campaign() is not { } campaign)
        {
            return [];
        }

        var pending = LeadUnits(campaign).Where(u => View(campaign, u).Status is ReportStatus.Due or ReportStatus.Returned).ToList();
        foreach (var unit in pending)
        {
            var entry = state.State.GetValueOrDefault(unit) ?? new UnitReportState();
            entry.RemindedAt = time.GetUtcNow();
            state.State[unit] = entry;
        }

        if (pending.Count > 0)
        {
            await state.WriteStateAsync();
        }

        return pending;
    }

    private Task<CampaignDefinition?> Campaign() => GrainFactory.GetGrain<ICampaignGrain>(CampaignId).GetDefinition();

    private DateTimeOffset Deadline(CampaignDefinition campaign) =>
        ReportWeek.Deadline(Week, campaign.ReportDay, campaign.ReportTime, campaign.TimeZone);

    /// <summary>The units that report weekly: every line of effort's lead unit.</summary>
    private static List<string> LeadUnits(CampaignDefinition campaign) =>
        campaign.Lines.Select(l => l.LeadUnit).Where(u => u.Length > 0).Distinct().ToList();

    private UnitReport View(CampaignDefinition campaign, string unit)
    {
        var entry = state.State.GetValueOrDefault(unit);
        return new UnitReport
        {
            Unit = unit,
            Status = ReportWeek.Status(Deadline(campaign), entry?.SubmittedAt, entry?.Returned == true, time.GetUtcNow()),
            SubmittedAt = entry?.SubmittedAt,
            SubmittedBy = entry?.SubmittedBy,
            Report = entry?.Report,
            ReturnReason = entry?.ReturnReason,
            RemindedAt = entry?.RemindedAt,
            EarlierVersions = entry?.Versions.ToList() ?? [],
        };
    }
}
