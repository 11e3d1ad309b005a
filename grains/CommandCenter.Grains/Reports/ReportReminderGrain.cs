namespace CommandCenter.Reports;

/// <summary>
/// Reminds a campaign's lead units of the weekly report: an hourly Orleans reminder, and within
/// <see cref="ReminderLead"/> of the deadline each unit not yet reported is reminded once (log and webhook).
/// </summary>
public sealed class ReportReminderGrain(DomainClock time, ReminderWebhook webhook, ILogger<ReportReminderGrain> logger) : Grain, IReportReminderGrain, IRemindable
{
    /// <summary>How long before the weekly deadline units that have not reported are reminded.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(3);

    /// <summary>The Orleans reminder's name (the same name a campaign grain used before reminders had their own grain).</summary>
    public const string ReminderName = "weekly-report-reminder";

    public async Task Start() => await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReminderName)
        {
            await RemindReporters();
        }
    }

    public async Task<IReadOnlyList<string>> RemindReporters()
    {
        if (await GrainFactory.GetGrain<ICampaignGrain>(this.GetPrimaryKeyString()).GetDefinition() is not { } definition)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var week = ReportWeek.Current(time, definition.TimeZone);
        var deadline = ReportWeek.Deadline(week, definition.ReportDay, definition.ReportTime, definition.TimeZone);
        if (now < deadline - ReminderLead || now > deadline)
        {
            return [];
        }

        var reminded = await GrainFactory.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(definition.Id, week)).RemindPending();
        if (reminded.Count > 0)
        {
            logger.LogInformation("Reminded {Units} of the weekly report of {Campaign} due {Deadline}", string.Join("、", reminded), definition.Id, deadline);
            foreach (var unit in reminded)
            {
                webhook.Enqueue(new ReminderMessage(definition.Id, definition.Name, unit, week, deadline, now));
            }
        }

        return reminded;
    }
}
