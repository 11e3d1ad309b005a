namespace CommandCenter.Reports;

/// <summary>The JSON a reminder webhook receives: which unit has still to report which campaign's week, and by when.</summary>
public sealed record ReminderMessage(string CampaignId, string CampaignName, string Unit, DateOnly Week, DateTimeOffset Deadline, DateTimeOffset RemindedAt)
{
    /// <summary>A ready-made text for an SMS or WeChat gateway.</summary>
    public string Text => $"【{CampaignName}】请{Unit}于{Deadline:yyyy-MM-dd HH:mm}（UTC{Deadline:zzz}）前报送本周工作周报。";
}
