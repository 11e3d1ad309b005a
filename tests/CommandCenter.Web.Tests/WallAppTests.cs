using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>What a wall screen downloads and sees first: its assemblies, the page before it boots, the feed at once.</summary>
public sealed partial class WallAppTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_wall_in_the_browser_loads_no_Orleans_and_no_Roslyn_assembly()
    {
        // The runtime's boot configuration, served with the wall, lists every assembly the browser downloads.
        var boot = await App.Client().GetStringAsync("/_framework/dotnet.js");
        var assemblies = AssemblyName().Matches(boot).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains("CommandCenter.Wall.wasm", assemblies);
        Assert.Contains("CommandCenter.Wall.Contracts.wasm", assemblies);
        Assert.Contains("Microsoft.AspNetCore.SignalR.Client.wasm", assemblies);
        Assert.DoesNotContain(assemblies, a => a.StartsWith("Orleans.", StringComparison.Ordinal) || a.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
        Assert.DoesNotContain(assemblies, a => a.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(assemblies, a => a.StartsWith("CommandCenter.Grains", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_wall_page_says_it_is_loading_before_the_wall_has_booted()
    {
        var page = await App.Client().GetStringAsync(await App.WallAddress("/wall/dagan100"));

        Assert.Contains("class=\"cc-wall-loading\"", page);
        Assert.Contains("正在加载指挥大屏", page);
    }

    [Fact]
    public async Task A_screen_that_subscribes_gets_the_last_changes_with_its_snapshot()
    {
        var admin = await App.AdminClient();
        foreach (var value in new[] { 10, 20, 30 })
        {
            (await admin.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value, note = "联合执法" })).EnsureSuccessStatusCode();
        }

        var snapshots = Channel.CreateUnbounded<JsonElement>();
        await using var screen = App.WallConnection();
        screen.On<JsonElement>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        var recent = snapshot.GetProperty("recent").EnumerateArray().ToList();
        Assert.InRange(recent.Count, 3, 12);
        Assert.Equal([10m, 20m, 30m], recent.TakeLast(3).Select(c => c.GetProperty("task").GetProperty("actual").GetDecimal()));
        Assert.Equal(snapshot.GetProperty("sequence").GetInt64(), recent[^1].GetProperty("sequence").GetInt64());
        Assert.True(recent.Zip(recent.Skip(1)).All(p => p.Second.GetProperty("sequence").GetInt64() == p.First.GetProperty("sequence").GetInt64() + 1));
    }

    [GeneratedRegex("\"([A-Za-z0-9_.]+\\.wasm)\"")]
    private static partial Regex AssemblyName();
}
