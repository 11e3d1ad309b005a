using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class RestartTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task An_update_made_before_a_restart_is_still_there_after_it()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var first = CommandCenterApp.Start(connectionString))
        {
            var client = await first.AdminClient();
            (await client.PostAsJsonAsync("/api/tasks/dagan100.3.4/progress", new { value = 61, note = "管网整治过半" })).EnsureSuccessStatusCode();
        }

        await using var second = CommandCenterApp.Start(connectionString);
        var task = await second.Reader().GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.3.4");
        Assert.Equal(61, task.GetProperty("actual").GetDecimal());
        Assert.Equal("管网整治过半", task.GetProperty("lastUpdate").GetProperty("note").GetString());

        // The administrator made on the first start is kept, with the same password.
        await second.AdminClient();
    }
}
