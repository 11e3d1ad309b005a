using W = CommandCenter.Wall.Contracts;
using CommandCenter.Cases;
using CommandCenter.Wall;
using CommandCenter.Web.Wall;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CommandCenter.Web.Tests;

/// <summary>A lagging screen's outbox keeps the latest state only: bounded by the campaign's grids, however many cases change.</summary>
public sealed class ScreenOutboxTests
{
    [Fact]
    public void A_lagging_screen_gets_every_grids_latest_counts_and_the_latest_cases_from_a_bounded_outbox()
    {
        var outbox = new ScreenOutbox();
        const int grids = 10;
        for (var n = 1; n <= 1000; n++)
        {
            var grid = $"JA-{n % grids:000}";
            outbox.Merge(new ScreenMessage(nameof(W.IWallClient.CaseChanged), new CaseWallChange
            {
                CampaignId = "dagan100",
                Grid = new GridTile { Code = grid, Name = grid, Stats = CaseStats.Zero with { Received = n } },
                Case = new CaseTick { Id = $"{grid}.{n}", GridCode = grid, Category = "市容环境", Subcategory = "道路保洁", Status = CaseStatus.Reported, At = DateTimeOffset.UnixEpoch.AddMinutes(n) },
            }));
            Assert.InRange(outbox.Count, 1, grids + ScreenOutbox.RecentCases);
        }

        outbox.Merge(new ScreenMessage(nameof(W.IWallClient.ReportsChanged), null));
        var messages = new List<Microsoft.AspNetCore.SignalR.SerializedHubMessage>();
        outbox.TakeInto(messages);
        var invocations = messages.Select(m => (InvocationMessage)m.Message!).ToList();
        var cases = invocations.Where(i => i.Target == nameof(W.IWallClient.CaseChanged)).Select(i => (CaseWallChange)i.Arguments[0]!).ToList();

        // Applied in order, every grid ends with its newest counts, and the ticker has the 20 newest cases.
        var shown = new Dictionary<string, int>();
        foreach (var change in cases)
        {
            shown[change.Grid.Code] = change.Grid.Stats.Received;
        }

        Assert.Equal(Enumerable.Range(991, grids).ToDictionary(n => $"JA-{n % grids:000}", n => n), shown);
        Assert.Equal(Enumerable.Range(981, 20).Select(n => $"JA-{n % grids:000}.{n}"), cases.TakeLast(20).Select(c => c.Case!.Id));
        Assert.Equal(nameof(W.IWallClient.ReportsChanged), invocations[^1].Target);
        Assert.True(outbox.IsEmpty);
    }
}
