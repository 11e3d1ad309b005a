using System.Net.Http.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CommandCenter.Reports;

/// <summary>
/// Posts weekly-report reminders to <see cref="ReminderSettings.WebhookUrl"/> from a queue of its own, retrying with
/// growing waits, so a slow or failing gateway never holds up a grain. Nothing is queued when no address is set.
/// </summary>
public sealed class ReminderWebhook(IOptions<ReminderSettings> options, ILogger<ReminderWebhook> logger) : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<ReminderMessage> _queue = Channel.CreateBounded<ReminderMessage>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public bool IsEnabled => Uri.TryCreate(options.Value.WebhookUrl, UriKind.Absolute, out _);

    /// <summary>Queues the message and returns at once.</summary>
    public void Enqueue(ReminderMessage message)
    {
        if (IsEnabled && !_queue.Writer.TryWrite(message))
        {
            logger.LogWarning("Reminder webhook queue closed; {Unit} of {Campaign} not notified", message.Unit, message.CampaignId);
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

    private async Task Send(ReminderMessage message, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var delay = settings.WebhookRetryDelay;
        for (var attempt = 1; attempt <= settings.WebhookAttempts; attempt++)
        {
            try
            {
                using var response = await _http.PostAsJsonAsync(settings.WebhookUrl, message, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                logger.LogWarning("Reminder webhook answered {Status} for {Unit} (attempt {Attempt})", (int)response.StatusCode, message.Unit, attempt);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Reminder webhook unreachable for {Unit} (attempt {Attempt})", message.Unit, attempt);
            }

            if (attempt < settings.WebhookAttempts)
            {
                await Task.Delay(delay, stoppingToken);
                delay *= 2;
            }
        }

        logger.LogError("Reminder webhook gave up on {Unit} of {Campaign} week {Week}", message.Unit, message.CampaignId, message.Week);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }
}
