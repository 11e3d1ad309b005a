using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>The office edits a campaign's name, dates, zone, tolerance and report window; progress is kept; bad input changes nothing.</summary>
public sealed class CampaignSettingsTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static object Settings(JsonElement campaign, string? timeZone = null, double tolerance = 0.2, string reportDay = "Thursday", string reportTime = "12:00", string name = "大干实干一百天（调整）") => new
    {
        name, startDate = campaign.GetProperty("startDate").GetString(), endDate = campaign.GetProperty("endDate").GetString(),
        timeZone = timeZone ?? campaign.GetProperty("timeZone").GetString(), lagTolerance = tolerance, reportDay, reportTime,
    };

    private static List<string> Actuals(JsonElement snapshot) =>
        snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray()).Select(t => t.GetProperty("actual").GetRawText()).ToList();

    [Fact]
    public async Task Saved_settings_take_effect_and_every_task_keeps_its_progress()
    {
        var admin = await App.AdminClient();
        var before = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var response = await admin.PutAsJsonAsync("/api/campaigns/dagan100/settings", Settings(before));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        Assert.Equal("大干实干一百天（调整）", after.GetProperty("name").GetString());
        Assert.Equal(Actuals(before), Actuals(after));
        Assert.Contains((await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).EnumerateArray(), c => c.GetProperty("name").GetString() == "大干实干一百天（调整）");

        // Thursday 12:00 in Shanghai is 04:00 UTC.
        var deadline = (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports")).GetProperty("deadline").GetDateTimeOffset();
        Assert.Equal((DayOfWeek.Thursday, new TimeSpan(4, 0, 0)), (deadline.UtcDateTime.DayOfWeek, deadline.UtcDateTime.TimeOfDay));

        // A wider tolerance can only turn lagging tasks on track, never the reverse.
        var lagging = (JsonElement s) => s.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray()).Count(t => t.GetProperty("status").GetString() == "lagging");
        Assert.True(lagging(after) <= lagging(before));
    }

    [Theory]
    [InlineData("Mars/Olympus", 0.1, "Friday", "17:00", "timeZone")]
    [InlineData(null, 0.9, "Friday", "17:00", "lagTolerance")]
    [InlineData(null, 0.1, "Caturday", "17:00", "reportDay")]
    [InlineData(null, 0.1, "Friday", "5pm", "reportTime")]
    public async Task Bad_settings_are_400_and_change_nothing(string? timeZone, double tolerance, string day, string time, string field)
    {
        var admin = await App.AdminClient();
        var before = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var response = await admin.PutAsJsonAsync("/api/campaigns/dagan100/settings", Settings(before, timeZone, tolerance, day, time));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(before.GetProperty("name").GetString(), (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_the_office_edits_settings()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "head", password = "Settings-Pa55!", role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        var head = await App.ClientFor("head", "Settings-Pa55!");
        var before = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PutAsJsonAsync("/api/campaigns/dagan100/settings", Settings(before))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().PutAsJsonAsync("/api/campaigns/dagan100/settings", Settings(before))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/campaigns/nope/settings", Settings(before))).StatusCode);
    }
}
