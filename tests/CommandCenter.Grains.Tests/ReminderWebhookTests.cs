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
        var release = new TaskCompletionSource();
        await using var gateway = new WebhookListener(async n =>
        {
            if (n == 1)
            {
                await release.Task; // the gateway hangs on the first message …
                return 503;         // … then fails it
            }

            return 200;
        });
        var clock = new MovableTime(Deadline.AddHours(-2));
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), clock: clock, reminders: o =>
        {
            o.WebhookUrl = gateway.Url;
            o.WebhookRetryDelay = TimeSpan.FromMilliseconds(100);
        });

        // The grain answers while the gateway is still holding the first request: the webhook never blocks it.
        var reminded = await cluster.Client.GetGrain<IReportReminderGrain>(DemoCampaign.Id).RemindReporters();
        Assert.True(reminded.Count >= 4);
        release.SetResult();

        await gateway.WaitFor(reminded.Count, TimeSpan.FromSeconds(30));
        var received = gateway.Received;
        Assert.Equal(reminded.Order(), received.Select(m => m.GetProperty("unit").GetString()!).Order());
        Assert.Equal(reminded.Count + 1, gateway.Requests); // the failed first message was sent again
        Assert.All(received, m =>
        {
            Assert.Equal(DemoCampaign.Id, m.GetProperty("campaignId").GetString());
            Assert.Equal("2026-11-23", m.GetProperty("week").GetString());
            Assert.Equal(Deadline, m.GetProperty("deadline").GetDateTimeOffset());
            Assert.Contains(m.GetProperty("unit").GetString()!, m.GetProperty("text").GetString());
        });
    }
}
