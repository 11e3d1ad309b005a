using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Cloning a campaign into a new drive: same plan, dates moved, no progress; office only; bad input stores nothing.</summary>
public sealed class CloneTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static IEnumerable<JsonElement> Tasks(JsonElement snapshot) =>
        snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray());

    private async Task<int> CampaignCount() => (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).GetArrayLength();

    [Fact]
    public async Task A_clone_has_the_same_lines_and_tasks_due_dates_moved_with_the_start_and_no_progress()
    {
        var admin = await App.AdminClient();
        var source = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var sourceStart = DateOnly.Parse(source.GetProperty("startDate").GetString()!);
        var start = sourceStart.AddDays(365);

        var response = await admin.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "大干实干一百天（第二轮）", startDate = start.ToString("yyyy-MM-dd"), id = "dagan2027" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(43, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tasks").GetInt32());

        var clone = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan2027");
        Assert.Equal(source.GetProperty("timeZone").GetString(), clone.GetProperty("timeZone").GetString());
        Assert.Equal(DateOnly.Parse(source.GetProperty("endDate").GetString()!).AddDays(365).ToString("yyyy-MM-dd"), clone.GetProperty("endDate").GetString());
        Assert.Equal(source.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("leadUnit").GetString())),
            clone.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("leadUnit").GetString())));
        var pairs = Tasks(source).Zip(Tasks(clone)).ToList();
        Assert.Equal(43, pairs.Count);
        Assert.All(pairs, p =>
        {
            Assert.Equal(p.First.GetProperty("code").GetString(), p.Second.GetProperty("code").GetString());
            Assert.Equal(p.First.GetProperty("target").GetRawText(), p.Second.GetProperty("target").GetRawText());
            Assert.Equal(DateOnly.Parse(p.First.GetProperty("dueDate").GetString()!).AddDays(365), DateOnly.Parse(p.Second.GetProperty("dueDate").GetString()!));
            Assert.Equal(JsonValueKind.Null, p.Second.GetProperty("actual").ValueKind);
            Assert.StartsWith("dagan2027.", p.Second.GetProperty("id").GetString());
        });

        // The source is untouched: its updates stay with it.
        Assert.Equal(Tasks(source).Select(t => t.GetProperty("actual").GetRawText()),
            Tasks(await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).Select(t => t.GetProperty("actual").GetRawText()));
    }

    [Fact]
    public async Task Bad_clone_requests_store_nothing()
    {
        var admin = await App.AdminClient();
        var before = await CampaignCount();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "", startDate = "2027-03-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "x", startDate = "next spring" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "x", startDate = "2027-03-01", id = "dagan100" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/campaigns/nope/clone", new { name = "x", startDate = "2027-03-01" })).StatusCode);
        Assert.Equal(before, await CampaignCount());

        (await admin.PostAsJsonAsync("/api/users", new { userName = "head", password = "Clone-Pa55word!", role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        var head = await App.ClientFor("head", "Clone-Pa55word!");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "x", startDate = "2027-03-01" })).StatusCode);
        Assert.Equal(before, await CampaignCount());
    }
}
