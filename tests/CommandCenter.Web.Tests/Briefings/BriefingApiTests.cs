using System.Text.Json;
using CommandCenter.Domain;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>The briefing API on the demo drive: draft, edits, publication as an immutable numbered issue, revisions, .docx.</summary>
public sealed class BriefingApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string TaskId = "dagan100.8.1";

    private static string ThisWeek => ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");

    private static string LastWeek => ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").AddDays(-7).ToString("yyyy-MM-dd");

    private static decimal? Figure(JsonElement issue, string taskId) =>
        issue.GetProperty("briefing").GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Single(t => t.GetProperty("id").GetString() == taskId).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    [Fact]
    public async Task A_published_issue_is_numbered_and_does_not_change_when_the_data_changes_later()
    {
        var office = await App.AdminClient();
        var draft = await office.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{ThisWeek}");
        Assert.False(draft.GetProperty("published").GetBoolean());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("number").ValueKind);

        var edited = await office.PutAsJsonAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}", new { editorNote = "本周重点：防汛。", highlights = new[] { "八", "一" } });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(["八", "一"], (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("briefing").GetProperty("lines").EnumerateArray().Take(2).Select(l => l.GetProperty("code").GetString()));

        var published = await (await office.PostAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}/publish", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1, true), (published.GetProperty("number").GetInt32(), published.GetProperty("revision").GetInt32(), published.GetProperty("published").GetBoolean()));
        var valueAtPublication = Figure(published, TaskId);

        var task = await office.GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}");
        var newValue = (task.GetProperty("actual").ValueKind == JsonValueKind.Number ? task.GetProperty("actual").GetDecimal() : 0) + 7;
        (await office.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = newValue, note = "简报后更新" })).EnsureSuccessStatusCode();
        await office.PutAsJsonAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}", new { editorNote = "改过的按语" });

        var again = await office.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{ThisWeek}");
        Assert.Equal(valueAtPublication, Figure(again, TaskId));
        Assert.Equal("本周重点：防汛。", again.GetProperty("briefing").GetProperty("editorNote").GetString());
        Assert.Equal(published.GetProperty("briefing").GetRawText(), again.GetProperty("briefing").GetRawText());
        Assert.Equal(newValue, Figure(await office.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{ThisWeek}?draft=true"), TaskId));

        var correction = await (await office.PostAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}/publish", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 2), (correction.GetProperty("number").GetInt32(), correction.GetProperty("revision").GetInt32()));
        Assert.Equal(newValue, Figure(correction, TaskId));
        Assert.Equal("改过的按语", correction.GetProperty("briefing").GetProperty("editorNote").GetString());
        Assert.Equal(2, correction.GetProperty("revisions").GetArrayLength());

        var other = await (await office.PostAsync($"/api/campaigns/dagan100/briefings/{LastWeek}/publish", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1), (other.GetProperty("number").GetInt32(), other.GetProperty("revision").GetInt32()));
        var list = await office.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings");
        Assert.Equal([(ThisWeek, 1, 2), (LastWeek, 2, 1)], list.EnumerateArray().Select(b => (b.GetProperty("week").GetString(), b.GetProperty("number").GetInt32(), b.GetProperty("revisions").GetInt32())));
    }

    [Fact]
    public async Task The_issue_downloads_as_a_docx_the_Open_XML_SDK_reads_back()
    {
        var office = await App.AdminClient();
        await office.PutAsJsonAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}", new { editorNote = "请各单位对照整改。" });
        (await office.PostAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}/publish", null)).EnsureSuccessStatusCode();

        var viewer = await Viewer();
        var response = await viewer.GetAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var (paragraphs, rows, _) = BriefingDocumentTests.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("第 1 期", paragraphs[1]);
        Assert.Contains("按语：请各单位对照整改。", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("一、") && p.Contains("城防办"));
        Assert.Contains(rows, r => r[0].StartsWith("8.1 "));
    }

    [Theory]
    [InlineData("/api/campaigns/dagan100/briefings/2026-13-45", HttpStatusCode.BadRequest)]
    [InlineData("/api/campaigns/dagan100/briefings/friday", HttpStatusCode.BadRequest)]
    [InlineData("/api/campaigns/dagan100/briefings/2001-01-01", HttpStatusCode.NotFound)]
    [InlineData("/api/campaigns/nope/briefings/2026-11-23", HttpStatusCode.NotFound)]
    [InlineData("/api/campaigns/..%2F..%2Fetc/briefings/2026-11-23", HttpStatusCode.NotFound)]
    [InlineData("/api/campaigns/dagan100/briefings/2026-11-23/document?format=pdf", HttpStatusCode.BadRequest)]
    public async Task Bad_weeks_and_formats_are_problems_naming_the_field(string path, HttpStatusCode expected)
    {
        var response = await (await App.AdminClient()).GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_week_not_yet_begun_cannot_be_published_and_bad_edits_store_nothing()
    {
        var office = await App.AdminClient();
        var next = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").AddDays(7).ToString("yyyy-MM-dd");
        var early = await office.PostAsync($"/api/campaigns/dagan100/briefings/{next}/publish", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("week", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { editorNote = new string('长', 4001) }, "editorNote"),
                     (new { editorNote = "a\u0000b" }, "editorNote"),
                     (new { highlights = new[] { "九十九" } }, "highlights"),
                     (new { highlights = new[] { "一", "一" } }, "highlights"),
                 })
        {
            var response = await office.PutAsJsonAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        }

        var draft = await office.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{ThisWeek}");
        Assert.Equal("", draft.GetProperty("briefing").GetProperty("editorNote").GetString());
        Assert.Equal(0, (await office.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings")).GetArrayLength());
    }

    [Fact]
    public async Task Briefings_are_read_by_signed_in_accounts_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}/document")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await Viewer()).GetAsync($"/api/campaigns/dagan100/briefings/{ThisWeek}")).StatusCode);
    }

    private async Task<HttpClient> Viewer()
    {
        (await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName = "leader", password = "Viewer-Pa55word!", role = "Viewer" })).EnsureSuccessStatusCode();
        return await App.ClientFor("leader", "Viewer-Pa55word!");
    }
}
