using System.Collections.Concurrent;
using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class CampaignGrainTests(PostgresFixture postgres)
{
    private sealed class RecordingObserver : IWallObserver
    {
        public BlockingCollection<WallChange> Changes { get; } = [];

        public BlockingCollection<string> Reloads { get; } = [];

        public Task OnChange(WallChange change)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }

        public Task OnChanges(IReadOnlyList<WallChange> changes)
        {
            foreach (var change in changes)
            {
                Changes.Add(change);
            }

            return Task.CompletedTask;
        }

        public Task OnReload(string campaignId)
        {
            Reloads.Add(campaignId);
            return Task.CompletedTask;
        }

        public Task OnDisplayTokenRevoked(string tokenId) => Task.CompletedTask;

        public Task OnStandingsChanged(string campaignId) => Task.CompletedTask;

        public Task OnSnapshot(CampaignSnapshot snapshot) => Task.CompletedTask;

        public Task OnReportsChanged(string campaignId) => Task.CompletedTask;

        public Task OnCaseChange(CaseWallChange change) => Task.CompletedTask;
    }

    [Fact]
    public async Task Seeded_campaign_has_eight_lines_and_is_listed()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var listed = await cluster.Client.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List();
        var snapshot = await cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot();

        Assert.Equal(DemoCampaign.Id, Assert.Single(listed).Id);
        Assert.NotNull(snapshot);
        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], snapshot.Lines.Select(l => l.Code));
        Assert.Equal(45, snapshot.Day);
        Assert.Equal(100, snapshot.TotalDays);
        Assert.All(snapshot.Lines, l => Assert.NotEmpty(l.Tasks));
    }

    [Fact]
    public async Task A_progress_update_rolls_up_and_reaches_a_registered_observer_in_sequence()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var observer = new RecordingObserver();
        var reference = cluster.Client.CreateObjectReference<IWallObserver>(observer);
        await cluster.Client.GetGrain<IWallHostRegistryGrain>(IWallHostRegistryGrain.Key).Register("test-host", reference);

        var campaign = cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id);
        var before = await campaign.GetSnapshot();
        var line = before!.Lines.Single(l => l.Code == "八");
        var task = line.Tasks.First(t => t.Target.Kind == TargetKind.Quantity && t.Status != ProgressStatus.Done);

        await cluster.Client.GetGrain<ITaskGrain>(task.Id).ReportProgress(new ProgressReport { Value = task.Target.Value, By = "tester" }).Accepted();
        await cluster.Client.GetGrain<ITaskGrain>(task.Id).ReportProgress(new ProgressReport { Value = task.Target.Value, Note = "复核", By = "tester" }).Accepted();

        Assert.True(observer.Changes.TryTake(out var first, TimeSpan.FromSeconds(10)));
        Assert.True(observer.Changes.TryTake(out var second, TimeSpan.FromSeconds(10)));
        Assert.Equal(before.Sequence + 1, first.Sequence);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal(ProgressStatus.Done, first.Task.Status);
        Assert.True(first.Line.Progress > line.Progress);

        var after = await campaign.GetSnapshot();
        Assert.Equal(second.Sequence, after!.Sequence);
        Assert.True(after.Progress > before.Progress);
        Assert.Equal(ProgressStatus.Done, after.Lines.Single(l => l.Code == "八").Tasks.Single(t => t.Id == task.Id).Status);
    }

    [Fact]
    public async Task Concurrent_updates_of_many_tasks_each_reach_the_wall_once_numbered_without_gaps_and_roll_up_to_the_snapshot()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var observer = new RecordingObserver();
        var reference = cluster.Client.CreateObjectReference<IWallObserver>(observer);
        await cluster.Client.GetGrain<IWallHostRegistryGrain>(IWallHostRegistryGrain.Key).Register("test-host", reference);
        var campaign = cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id);
        var before = (await campaign.GetSnapshot())!;
        var tasks = before.Lines.SelectMany(l => l.Tasks).Where(t => t.Target.Kind == TargetKind.Quantity).ToList();

        const int Rounds = 5;
        var acknowledged = (await Task.WhenAll(tasks.SelectMany(t => Enumerable.Range(1, Rounds).Select(i =>
            cluster.Client.GetGrain<ITaskGrain>(t.Id).ReportProgress(new ProgressReport { Value = Math.Round(t.Target.Value * i / Rounds), By = "tester" }).Accepted())))).ToList();

        var changes = new List<WallChange>();
        while (changes.Count < acknowledged.Count && observer.Changes.TryTake(out var change, TimeSpan.FromSeconds(10)))
        {
            changes.Add(change);
        }

        Assert.Equal(acknowledged.Count, changes.Count);
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(n => before.Sequence + n), changes.Select(c => c.Sequence).Order());
        Assert.Equal(acknowledged.Select(v => (v.Id, v.Version)).Order(), changes.Select(c => (c.Task.Id, c.Task.Version)).Order());
        var after = (await campaign.GetSnapshot())!;
        var last = changes.MaxBy(c => c.Sequence)!;
        Assert.Equal(after.Sequence, last.Sequence);
        Assert.Equal(after.Progress, last.Campaign.Progress, 6);
        var latest = acknowledged.GroupBy(v => v.Id).Select(g => g.MaxBy(v => v.Version)!).ToList();
        Assert.All(latest, v => Assert.Equal((v.Version, v.Actual), after.Lines.SelectMany(l => l.Tasks).Single(x => x.Id == v.Id) is var t ? (t.Version, t.Actual) : default));
    }

    [Fact]
    public async Task Sequence_numbers_keep_increasing_across_reactivation()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        long before;
        await using (var first = await GrainCluster.StartAsync(connectionString))
        {
            before = (await first.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Sequence;
        }

        await using var second = await GrainCluster.StartAsync(connectionString);
        var after = (await second.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Sequence;
        Assert.True(after > before, $"{after} should be greater than {before}");
    }
}
