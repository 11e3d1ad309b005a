using System.Collections.Concurrent;

namespace CommandCenter.Campaigns;

/// <summary>
/// Per silo: tells campaign grains about their tasks' committed changes, many changes per call. While a call to a
/// campaign is under way, the changes that arrive meanwhile wait and go together in the next one, so a busy campaign
/// gets few large calls instead of one call per update, and a quiet one gets each change at once.
/// </summary>
public sealed class CampaignNotifier(IGrainFactory grains, ILogger<CampaignNotifier> logger)
{
    private readonly ConcurrentDictionary<string, Outbox> _campaigns = new(StringComparer.Ordinal);

    /// <summary>Completes once the campaign has taken the change (it has then rolled it up and published it).</summary>
    public Task TaskChanged(TaskView task)
    {
        var outbox = _campaigns.GetOrAdd(task.CampaignId, id => new Outbox(id));
        var taken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (outbox)
        {
            outbox.Pending.Add((task, taken));
            start = !outbox.Sending;
            outbox.Sending = true;
        }

        if (start)
        {
            // The sender serves later callers too: it must not run in the context (trace) of the call that started it.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(() => Send(outbox));
            }
        }

        return taken.Task;
    }

    private async Task Send(Outbox outbox)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(outbox.CampaignId);
        while (true)
        {
            List<(TaskView Task, TaskCompletionSource Taken)> batch;
            lock (outbox)
            {
                if (outbox.Pending.Count == 0)
                {
                    outbox.Sending = false;
                    return;
                }

                batch = [.. outbox.Pending];
                outbox.Pending.Clear();
            }

            var tasks = batch.Select(b => b.Task).ToList();
            try
            {
                await campaign.OnTasksChanged(tasks);
            }
            catch (Exception exception)
            {
                // The changes are committed already; a campaign that missed them rebuilds its view from the task
                // grains when it activates again, and each task's next change replaces its entry.
                logger.LogWarning(exception, "Campaign {Campaign} did not take {Count} task changes", outbox.CampaignId, tasks.Count);
            }

            foreach (var (_, taken) in batch)
            {
                taken.TrySetResult();
            }
        }
    }

    private sealed class Outbox(string campaignId)
    {
        public string CampaignId { get; } = campaignId;

        public List<(TaskView Task, TaskCompletionSource Taken)> Pending { get; } = [];

        public bool Sending { get; set; }
    }
}
