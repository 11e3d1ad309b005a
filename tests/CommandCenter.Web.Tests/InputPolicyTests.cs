using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>The input policy at the edge: one bad request is a 400 naming its field and never fails anyone else's write.</summary>
public sealed class InputPolicyTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const int ValidUpdates = 1000;

    [Fact]
    public async Task A_NUL_note_sent_among_1000_valid_updates_of_other_tasks_is_refused_alone_and_every_other_update_is_stored()
    {
        var client = await App.AdminClient();
        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var tasks = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Select(t => t.GetProperty("id").GetString()!).Where(id => id != "dagan100.1.1").ToList();
        var poisoned = await client.GetStringAsync("/api/tasks/dagan100.1.1");
        using var gate = new SemaphoreSlim(32);

        async Task<(string Task, string Note, HttpResponseMessage Response)> Send(string task, string note, decimal value)
        {
            await gate.WaitAsync();
            try
            {
                return (task, note, await client.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value, note }));
            }
            finally
            {
                gate.Release();
            }
        }

        var valid = Enumerable.Range(0, ValidUpdates).Select(i => Send(tasks[i % tasks.Count], $"正常更新 #{i}", i % 90 + 1)).ToList();
        valid.Insert(ValidUpdates / 2, Send("dagan100.1.1", "含有\u0000的备注", 50));
        var results = await Task.WhenAll(valid);

        var refused = results.Single(r => r.Task == "dagan100.1.1").Response;
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await GridFiles.Json(refused)).GetProperty("errors").TryGetProperty("note", out _), "the refusal names the note");
        Assert.Equal(poisoned, await client.GetStringAsync("/api/tasks/dagan100.1.1"));

        var others = results.Where(r => r.Task != "dagan100.1.1").ToList();
        Assert.Equal(ValidUpdates, others.Count(r => r.Response.StatusCode == HttpStatusCode.OK));
        foreach (var group in others.GroupBy(r => r.Task))
        {
            var history = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{group.Key}/history");
            var notes = history.EnumerateArray().Select(h => h.GetProperty("note").GetString()).ToHashSet();
            Assert.All(group, r => Assert.Contains(r.Note, notes));
        }

        // The same refusal over the updates hub: a 400 answer naming the note, the connection still usable.
        await using var hub = App.UpdatesConnection(client.DefaultRequestHeaders.Authorization!.Parameter);
        await hub.StartAsync();
        var reply = await hub.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = 50, note = "含有\u0000的备注" });
        Assert.Equal(("invalid", "note"), (reply.GetProperty("kind").GetString(), reply.GetProperty("field").GetString()));
        Assert.Equal(poisoned, await client.GetStringAsync("/api/tasks/dagan100.1.1"));
    }

    [Theory]
    [InlineData("application/json; charset=bogus", 415)]
    [InlineData("application/json; charset=\"\"", 415)]
    [InlineData("application/json; charset=", 415)]
    [InlineData("json", 400)]
    public async Task A_body_in_an_unknown_charset_or_a_malformed_content_type_is_refused_as_a_4xx_and_stores_nothing(string contentType, int status)
    {
        var client = await App.AdminClient();
        var before = await client.GetStringAsync("/api/tasks/dagan100.1.1");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"value\": 60, \"note\": \"x\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await client.PostAsync("/api/tasks/dagan100.1.1/progress", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await client.GetStringAsync("/api/tasks/dagan100.1.1"));
    }

    [Theory]
    [InlineData("{\"value\": \"1e5\"}", "value")]
    [InlineData("{\"value\": \"NaN\"}", "value")]
    [InlineData("{\"value\": 1, \"note\": \"\\ud800\"}", "note")]
    [InlineData("{\"value\": 1, \"baseVersion\": \"3\"}", "baseVersion")]
    public async Task A_number_sent_as_a_string_or_a_lone_surrogate_is_a_400_naming_the_field(string body, string field)
    {
        var client = await App.AdminClient();
        var response = await client.PostAsync("/api/tasks/dagan100.7.5/progress", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty(field, out _), $"the refusal names {field}");
    }

    [Theory]
    [InlineData("0001-01-01", "0001-04-10", "startDate")]
    [InlineData("2026-12-01", "2040-01-01", "endDate")]
    [InlineData("2026-12-01", "2026-11-01", "endDate")]
    public async Task A_campaign_far_from_today_ended_before_it_starts_or_decades_long_is_refused(string start, string end, string field)
    {
        var client = await App.AdminClient();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var shift = (string date) => date.StartsWith("0001", StringComparison.Ordinal) ? date
            : DateOnly.Parse(date).AddDays(today.DayNumber - new DateOnly(2026, 12, 1).DayNumber).ToString("yyyy-MM-dd");

        var response = await client.PostAsJsonAsync("/api/campaigns", new { name = "边界测试", startDate = shift(start), endDate = shift(end), id = "edge" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty(field, out _), $"the refusal names {field}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/campaigns/edge")).StatusCode);
    }

    [Fact]
    public async Task An_empty_campaign_has_an_empty_burn_up_chart_rather_than_a_404()
    {
        var client = await App.AdminClient();
        var start = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await client.PostAsJsonAsync("/api/campaigns", new { name = "空专项", startDate = $"{start:yyyy-MM-dd}", endDate = $"{start.AddDays(99):yyyy-MM-dd}", id = "empty" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var chart = await client.GetAsync("/api/campaigns/empty/burnup");

        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal(0, (await GridFiles.Json(chart)).GetProperty("tasks").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/campaigns/empty/burnup?line=一")).StatusCode);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("城防办\u0007")]
    [InlineData("某个不存在的单位")]
    public async Task A_notice_to_a_unit_that_is_not_one_of_the_campaign_s_is_refused_naming_the_unit(string unit)
    {
        var client = await App.AdminClient();
        var response = await client.PostAsJsonAsync("/api/notices", new { unit, taskId = "dagan100.1.1", title = "督办", deadline = DateTimeOffset.UtcNow.AddDays(1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty("unit", out _), "the refusal names the unit");
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray());
    }

    [Fact]
    public async Task A_200000_character_unit_is_refused_before_it_is_read_into_a_string()
    {
        var client = await App.AdminClient();
        var body = new StringContent(JsonSerializer.Serialize(new { unit = new string('城', 200_000), taskId = "dagan100.1.1", title = "督办", deadline = DateTimeOffset.UtcNow.AddDays(1) }),
            Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        var response = await client.PostAsync("/api/notices", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty("unit", out _), "the refusal names the unit");
    }
}
