using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Live standings over the wall hub: the <c>Standings</c> method, and a <c>Standings</c> message after a task or a notice changes.</summary>
public sealed class AssessmentHubTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static double Points(JsonElement board, string unit, string kind) =>
        board.GetProperty("units").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("subject").GetString() == unit)
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == kind).GetProperty("score").GetDouble();

    [Fact]
    public async Task A_task_update_and_a_late_answer_to_a_notice_each_move_the_standings_every_subscribed_screen_receives()
    {
        var boards = Channel.CreateUnbounded<JsonElement>();
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("Standings", board => boards.Writer.TryWrite(board));
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");
        var start = await connection.InvokeAsync<JsonElement>("Standings", "dagan100");

        // The lagging task whose completion raises its unit's task points the most.
        var admin = await App.AdminClient();
        var snapshot = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var task = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.GetProperty("status").GetString() == "lagging" && t.GetProperty("target").GetProperty("kind").GetString() == "quantity")
            .OrderBy(t => t.GetProperty("progress").GetDouble() / t.GetProperty("timeElapsed").GetDouble()).First();
        var unit = task.GetProperty("ownerUnit").GetString()!;
        var before = Points(start, unit, "taskProgress");

        var update = await admin.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetString()}/progress", new { value = task.GetProperty("target").GetProperty("value").GetDecimal() });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        while (Points(await boards.Reader.ReadAsync().AsTask().WaitAsync(Wait), unit, "taskProgress") <= before)
        {
        }

        // A notice due this month answered after its deadline earns half: 15 × 0.5 once the late answer is in.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(2);
        var issued = await admin.PostAsJsonAsync("/api/notices", new { unit, taskId = task.GetProperty("id").GetString(), title = "进度滞后", deadline });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var id = (await GridFiles.Json(issued)).GetProperty("id").GetString();
        await Task.Delay(deadline - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200)); // the deadline itself is what the test is about
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/notices/{id}/answer", new { text = "已整改" })).StatusCode);
        while (Points(await boards.Reader.ReadAsync().AsTask().WaitAsync(Wait), unit, "notices") != 7.5)
        {
        }
    }
}
