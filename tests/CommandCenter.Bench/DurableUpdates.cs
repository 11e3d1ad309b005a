using System.Net.Http.Json;
using System.Text.Json;

namespace CommandCenter.Bench;

/// <summary>P1: progress updates per second acknowledged by the API, each 200 sent only after its commit.</summary>
public static class DurableUpdates
{
    /// <summary>The demo campaign's quantity tasks: any growing whole number is a valid value for them.</summary>
    public static async Task<List<string>> QuantityTasks(HttpClient client)
    {
        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        return snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.GetProperty("target").GetProperty("kind").GetString() == "quantity")
            .Select(t => t.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>
    /// <paramref name="wanted"/> quantity tasks of the demo campaign, one per writer: its own, then tasks added to its
    /// first line through the plan API.
    /// </summary>
    public static async Task<List<string>> Writers(HttpClient client, int wanted)
    {
        var tasks = await QuantityTasks(client);
        if (wanted <= tasks.Count)
        {
            return tasks.Take(wanted).ToList();
        }

        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var line = snapshot.GetProperty("lines")[0];
        for (var i = tasks.Count; i < wanted; i++)
        {
            var response = await client.PostAsJsonAsync("/api/campaigns/dagan100/tasks", new
            {
                code = $"bench.{i}", title = $"压测任务 {i}", lineCode = line.GetProperty("code").GetString(), ownerUnit = line.GetProperty("leadUnit").GetString(),
                dueDate = snapshot.GetProperty("endDate").GetString(), targetKind = "quantity", targetValue = 1_000_000, baseline = 0, unitOfMeasure = "件",
            });
            response.EnsureSuccessStatusCode();
            tasks.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        return tasks;
    }

    public static Task<(double PerSecond, int Failures)> PerSecond(HttpClient client, IReadOnlyList<string> tasks, TimeSpan duration) =>
        Run(tasks, duration, async (_, task, n) =>
        {
            // With its length, as a browser's fetch sends it (PostAsJsonAsync would stream it chunked).
            using var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { value = 1000 + n, note = "bench" }));
            body.Headers.ContentType = new("application/json");
            using var response = await client.PostAsync($"/api/tasks/{task}/progress", body);
            return response.IsSuccessStatusCode;
        });

    /// <summary>
    /// One writer per task, each sending its next update when the last was answered, until <paramref name="duration"/>
    /// is over; <paramref name="update"/> (writer, task, updates so far) says whether the update was acknowledged.
    /// </summary>
    public static async Task<(double PerSecond, int Failures)> Run(IReadOnlyList<string> tasks, TimeSpan duration, Func<int, string, int, Task<bool>> update)
    {
        var until = DateTime.UtcNow + duration;
        var failures = 0;
        var counts = await Task.WhenAll(tasks.Select(async (task, writer) =>
        {
            var done = 0;
            while (DateTime.UtcNow < until)
            {
                if (await update(writer, task, done))
                {
                    done++;
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }

            return done;
        }));
        return (counts.Sum() / duration.TotalSeconds, failures);
    }
}
