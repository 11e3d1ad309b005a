namespace CommandCenter.Reports;

/// <summary>The <c>Reminders</c> configuration section: where weekly-report reminders and published briefings are posted (an SMS or WeChat gateway).</summary>
public sealed class ReminderSettings
{
    /// <summary>Absolute http(s) address that receives one JSON POST per reminded unit and per published briefing; no webhook when empty.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The command center's address as its users open it (e.g. <c>https://cc.example.gov.cn</c>): makes the links in a briefing's message absolute; relative when empty.</summary>
    public string? PublicAddress { get; set; }

    /// <summary>Attempts per message before it is given up (logged).</summary>
    public int WebhookAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; doubled before each further one.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
