using System.Net;
using System.Collections.Concurrent;
using System.Text.Json;
using CommandCenter.Reports;
using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

/// <summary>Weekly-report reminders reach a real local HTTP listener, retried after a failure, without holding up the grain.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ReminderWebhookTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero); // Friday 17:00 in Shanghai

    [Fact]
    public async Task Each_reminded_unit_is_posted_to_the_webhook_and_a_failed_post_is_retried()
    {
        var port = FreePorts.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        var received = new ConcurrentQueue<JsonElement>();
        var release = new TaskCompletionSource();
        var requests = 0;
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); } catch (HttpListenerException) { return; } catch (ObjectDisposedException) { return; }
                var n = Interlocked.Increment(ref requests);
                if (n == 1)
                {
                    await release.Task;                    // the gateway hangs on the first message …
                    context.Response.StatusCode = 503;     // … then fails it
                }
                else
                {
                    received.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.InputStream));
                    context.Response.StatusCode = 200;
                }

                context.Response.Close();
            }
        });

        var clock = new MovableTime(Deadline.AddHours(-2));
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), clock: clock, reminders: o =>
        {
            o.WebhookUrl = $"http://127.0.0.1:{port}/hook/";
            o.WebhookRetryDelay = TimeSpan.FromMilliseconds(100);
        });

        // The grain answers while the gateway is still holding the first request: the webhook never blocks it.
        var reminded = await cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).RemindReporters();
        Assert.True(reminded.Count >= 4);
        release.SetResult();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (received.Count < reminded.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(reminded.Order(), received.Select(m => m.GetProperty("unit").GetString()!).Order());
        Assert.Equal(reminded.Count + 1, requests); // the failed first message was sent again
        Assert.All(received, m =>
        {
            Assert.Equal(DemoCampaign.Id, m.GetProperty("campaignId").GetString());
            Assert.Equal("2026-11-23", m.GetProperty("week").GetString());
            Assert.Equal(Deadline, m.GetProperty("deadline").GetDateTimeOffset());
            Assert.Contains(m.GetProperty("unit").GetString()!, m.GetProperty("text").GetString());
        });

        listener.Stop();
        await serving;
    }
}
