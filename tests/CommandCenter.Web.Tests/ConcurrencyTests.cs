using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class ConcurrencyTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const int Updates = 40;

    [Fact]
    public async Task Many_concurrent_updates_of_one_task_lose_none()
    {
        var client = await App.AdminClient();
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.7.5")).GetProperty("version").GetInt32();

        var responses = await Task.WhenAll(Enumerable.Range(1, Updates).Select(i =>
            client.PostAsJsonAsync("/api/tasks/dagan100.7.5/progress", new { value = 100 + i, note = $"update-{i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var versions = new List<int>();
        foreach (var response in responses)
        {
            versions.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        // Every acknowledged update got its own version, one after another, and the task ends at the last of them.
        Assert.Equal(Enumerable.Range(before + 1, Updates), versions.Order());
        var after = await client.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.7.5");
        Assert.Equal(before + Updates, after.GetProperty("version").GetInt32());
    }
}
