using System.Text.Json;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>Checks through the API that every acknowledged update is in its task's history.</summary>
public static class Durability
{
    /// <summary>The acknowledged outcomes whose note is missing from the task history (or has another value).</summary>
    public static async Task<IReadOnlyList<Outcome>> MissingAcknowledged(HttpClient client, IEnumerable<Outcome> outcomes)
    {
        var missing = new List<Outcome>();
        foreach (var task in outcomes.Where(o => o.Acknowledged).GroupBy(o => o.TaskId))
        {
            var history = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{task.Key}/history");
            var stored = history.EnumerateArray()
                .Select(h => (Note: h.GetProperty("note").GetString(), After: h.GetProperty("after").GetDecimal()))
                .ToHashSet();
            missing.AddRange(task.Where(o => !stored.Contains((o.Note, o.Value))));
        }

        return missing;
    }

    /// <summary>Ids of the tasks of a campaign, from its snapshot.</summary>
    public static async Task<IReadOnlyList<string>> TaskIds(HttpClient client, string campaignId)
    {
        var snapshot = await client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaignId}");
        return [.. snapshot.GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Select(t => t.GetProperty("id").GetString()!)];
    }

    public static string Summary(IEnumerable<Outcome> outcomes) =>
        string.Join(", ", outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
}
