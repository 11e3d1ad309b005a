using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CommandCenter.Reports;

/// <summary>
/// Posts weekly-report reminders and published briefings to <see cref="ReminderSettings.WebhookUrl"/> from a queue of its
/// own, retrying with growing waits, so a slow or failing gateway never holds up a grain. Nothing is queued when no
/// address is set.
/// </summary>
public sealed class ReminderWebhook(IOptions<ReminderSettings> options, ILogger<ReminderWebhook> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<Post> _queue = Channel.CreateBounded<Post>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public bool IsEnabled => Uri.TryCreate(options.Value.WebhookUrl, UriKind.Absolute, out _);

    /// <summary>Queues the reminder and returns at once.</summary>
    public void Enqueue(ReminderMessage message) => Queue(new Post(message, $"{message.Unit} week {message.Week:yyyy-MM-dd}", message.CampaignId));

    /// <summary>Queues the publication's message and returns at once.</summary>
    public void Enqueue(BriefingMessage message) => Queue(new Post(message, $"briefing {message.Number} revision {message.Revision}", message.CampaignId));

    private void Queue(Post post)
    {
        if (IsEnabled && !_queue.Writer.TryWrite(post))
        {
            logger.LogWarning("Webhook queue closed; {Subject} of {Campaign} not notified", post.Subject, post.CampaignId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await Send(message, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task Send(Post message, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var delay = settings.WebhookRetryDelay;
        for (var attempt = 1; attempt <= settings.WebhookAttempts; attempt++)
        {
            try
            {
                using var body = JsonContent.Create(message.Body, message.Body.GetType());
                using var response = await _http.PostAsync(settings.WebhookUrl, body, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                logger.LogWarning("Webhook answered {Status} for {Subject} (attempt {Attempt})", (int)response.StatusCode, message.Subject, attempt);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Webhook unreachable for {Subject} (attempt {Attempt})", message.Subject, attempt);
            }

            if (attempt < settings.WebhookAttempts)
            {
                await Task.Delay(delay, stoppingToken);
                delay *= 2;
            }
        }

        logger.LogError("Webhook gave up on {Subject} of {Campaign}", message.Subject, message.CampaignId);
    }

    /// <summary>A queued message: its JSON body and what the log calls it.</summary>
    private sealed record Post(object Body, string Subject, string CampaignId);

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
