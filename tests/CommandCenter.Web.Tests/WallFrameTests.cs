using W = CommandCenter.Wall.Contracts;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommandCenter.Campaigns;
using CommandCenter.Tasks;
using CommandCenter.Wall;
using CommandCenter.Wall.Model;
using CommandCenter.Web.Wall;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommandCenter.Web.Tests;

/// <summary>Frames hold the latest change of each task (docs/HUB-PROTOCOL.md): bounded by the campaign, and still exact.</summary>
public sealed class WallFrameTests(PostgresFixture postgres) : AppTests(postgres)
{
    internal static readonly JsonSerializerOptions HubJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    [Fact]
    public async Task A_compacted_frame_brings_a_screen_to_the_same_state_as_the_full_stream()
    {
        var snapshot = (await App.Reader().GetFromJsonAsync<CampaignSnapshot>("/api/campaigns/dagan100", HubJson))!;
        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).ToList();
        var random = new Random(15);
        var stream = new List<WallChange>();
        var versions = tasks.ToDictionary(t => t.Id, t => t.Version);
        for (var n = 1; n <= 2000; n++)
        {
            var task = tasks[random.Next(tasks.Count)];
            var version = ++versions[task.Id];
            stream.Add(new WallChange
            {
                CampaignId = snapshot.Id, Sequence = snapshot.Sequence + n, At = snapshot.GeneratedAt.AddSeconds(n),
                Task = task with { Version = version, Actual = version, Progress = random.NextDouble() },
                Line = new LineProgress { Code = task.LineCode, Progress = random.NextDouble(), Status = ProgressStatus.Lagging },
                Campaign = new CampaignProgress { Day = 40 + n / 500, TimeElapsed = 0.4, Progress = random.NextDouble(), Status = ProgressStatus.OnTrack },
            });
        }

        var full = new WallModel();
        full.Load(snapshot.ToWall());
        Assert.All(stream, change => Assert.True(full.Apply(change.ToWall())));

        // Frames as the campaign's sender makes them, then merged again as a lagging screen's outbox does.
        var compacted = new WallModel();
        compacted.Load(snapshot.ToWall());
        var campaign = new FrameCoalescer();
        var screen = new FrameCoalescer();
        var sent = 0;
        for (var at = 0; at < stream.Count;)
        {
            var size = random.Next(1, 300);
            campaign.AddRange(stream.Skip(at).Take(size));
            at += size;
            screen.AddRange(campaign.Take());
            if (random.Next(3) == 0 || at >= stream.Count)
            {
                var frame = screen.Take();
                Assert.True(frame.Count <= tasks.Count, "a frame holds at most one change per task");
                sent += frame.Count;
                Assert.All(frame, change => Assert.True(compacted.Apply(change.ToWall())));
            }
        }

        Assert.True(sent < stream.Count / 4, $"{sent} changes sent for {stream.Count}");
        Assert.Equal(JsonSerializer.Serialize(full.Snapshot, HubJson), JsonSerializer.Serialize(compacted.Snapshot, HubJson));

        // A change that never reached the host is never declared skipped: the screen sees the gap and catches up.
        var lossy = new FrameCoalescer();
        lossy.Passed(snapshot.Sequence);
        lossy.AddRange(stream.Where(c => c.Sequence != snapshot.Sequence + 1000));
        var behind = new WallModel();
        behind.Load(snapshot.ToWall());
        Assert.Contains(lossy.Take(), change => !behind.Apply(change.ToWall()));
    }

    [Fact]
    public async Task A_screen_ends_with_the_final_state_of_every_task_after_a_burst_and_a_resume_gets_one_change_per_task()
    {
        var model = new WallModel();
        var gaps = 0;
        await using var connection = await TypedScreen(App);
        connection.On<CampaignSnapshot>("Snapshot", s => { lock (model) model.Load(s); });
        connection.On<List<WallChange>>("Changes", f => { lock (model) { gaps += f.All(model.Apply) ? 0 : 1; } });
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");
        await WaitFor(() => { lock (model) return model.Snapshot is not null; });
        var resumeFrom = model.Sequence;

        var client = await App.AdminClient();
        var tasks = (await App.Reader().GetFromJsonAsync<CampaignSnapshot>("/api/campaigns/dagan100", HubJson))!.Lines
            .SelectMany(l => l.Tasks).Where(t => t.Target.Kind == TargetKind.Quantity).Select(t => t.Id).ToList();
        const int updates = 300;
        await Parallel.ForAsync(0, updates, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (n, _) =>
            (await client.PostAsJsonAsync($"/api/tasks/{tasks[n % tasks.Count]}/progress", new { value = 1000 + n / tasks.Count })).EnsureSuccessStatusCode());

        var final = (await App.Reader().GetFromJsonAsync<CampaignSnapshot>("/api/campaigns/dagan100", HubJson))!;
        await WaitFor(() => { lock (model) return model.Sequence == final.Sequence; });
        lock (model)
        {
            Assert.Equal(0, gaps);
            Assert.Equal(final.Lines.SelectMany(l => l.Tasks).ToDictionary(t => t.Id, t => (t.Version, t.Actual)),
                model.Snapshot!.Lines.SelectMany(l => l.Tasks).ToDictionary(t => t.Id, t => (t.Version, t.Actual)));
            Assert.Equal(final.Progress, model.Snapshot.Progress);
            Assert.Equal(final.Lines.Select(l => l.Progress), model.Snapshot.Lines.Select(l => l.Progress));
        }

        // The catch-up of a screen that missed the burst holds the latest change of each task, not the 300.
        var catchUp = new TaskCompletionSource<List<WallChange>>();
        await using var late = await TypedScreen(App);
        late.On<List<WallChange>>("Changes", f => catchUp.TrySetResult(f));
        await late.StartAsync();
        await late.InvokeAsync("Resume", "dagan100", resumeFrom);
        var resumed = await catchUp.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(tasks.Count, resumed.Count);
        Assert.Equal(resumeFrom, resumed[0].Follows);
        Assert.Equal(final.Sequence, resumed[^1].Sequence);
    }

    /// <summary>A wall connection that reads the hub's messages as the wall's own types (enums as camelCase strings, as the wall does).</summary>
    internal static async Task<HubConnection> TypedScreen(CommandCenterApp app)
    {
        var token = await app.DisplayToken();
        return new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
    }

    internal static async Task WaitFor(Func<bool> condition, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "timed out waiting for the condition");
            await Task.Delay(50);
        }
    }
}
