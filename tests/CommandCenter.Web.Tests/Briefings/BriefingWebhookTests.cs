using System.Text.Json;
using CommandCenter.Domain;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>Publishing a briefing (or a revision) posts one message to the reminder webhook, a real local HTTP listener, retried after a failure.</summary>
public sealed class BriefingWebhookTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Each_publication_and_revision_posts_campaign_issue_revision_week_and_links_to_the_webhook_retrying_a_failed_post()
    {
        await using var gateway = new WebhookListener(n => Task.FromResult(n == 1 ? 503 : 200)); // the gateway fails the first post
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["Reminders:WebhookUrl"] = gateway.Url,
            ["Reminders:WebhookRetryDelay"] = "00:00:00.100",
            ["Reminders:PublicAddress"] = "https://cc.example.gov.cn/",
        });
        var week = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");
        var office = await app.AdminClient();
        (await office.PostAsync($"/api/campaigns/dagan100/briefings/{week}/publish", null)).EnsureSuccessStatusCode();
        (await office.PostAsync($"/api/campaigns/dagan100/briefings/{week}/publish", null)).EnsureSuccessStatusCode();

        await gateway.WaitFor(2, TimeSpan.FromSeconds(60));
        var received = gateway.Received;
        Assert.Equal([1, 2], received.Select(m => m.GetProperty("revision").GetInt32()).Order());
        Assert.Equal(3, gateway.Requests); // the failed first post was sent again
        Assert.All(received, m =>
        {
            Assert.Equal("dagan100", m.GetProperty("campaignId").GetString());
            Assert.Equal("大干实干一百天 守住底线创亮点", m.GetProperty("campaignName").GetString());
            Assert.Equal(1, m.GetProperty("number").GetInt32());
            Assert.Equal(week, m.GetProperty("week").GetString());
            Assert.Equal("admin", m.GetProperty("publishedBy").GetString());
            Assert.Equal($"https://cc.example.gov.cn/campaigns/dagan100/briefings/{week}", m.GetProperty("pageUrl").GetString());
            Assert.Equal($"https://cc.example.gov.cn/api/campaigns/dagan100/briefings/{week}/document?format=docx", m.GetProperty("documentUrl").GetString());
            Assert.Contains("工作简报第1期", m.GetProperty("text").GetString());
            Assert.Contains(m.GetProperty("pageUrl").GetString()!, m.GetProperty("text").GetString());
        });
        Assert.Contains("第2次修订", received.Single(m => m.GetProperty("revision").GetInt32() == 2).GetProperty("text").GetString());

        // The links lead to the issue: the page and the document answer the signed-in office.
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync($"/api/campaigns/dagan100/briefings/{week}/document?format=docx")).StatusCode);
    }
}
