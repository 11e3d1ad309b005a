using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Malformed and hostile payloads against every endpoint, as the office: never a 5xx, never a write.</summary>
public sealed class HostileInputTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly string[] Bodies =
    [
        "", "null", "[]", "{}", "\"x\"", "42", "{", "{\"value\":", "\u0000\u0001", "{\"value\": [1,2]}", "{\"value\": {\"a\": 1}}",
        "{\"value\": 1e308}", "{\"value\": -1e308}", "{\"value\": 79228162514264337593543950336}", "{\"value\": \"NaN\"}",
        "{\"value\": 1, \"note\": " + JsonSerializer.Serialize(new string('长', 100_000)) + "}",
        "{\"name\": " + JsonSerializer.Serialize(new string('x', 100_000)) + ", \"campaignId\": \"../../etc\"}",
        "{\"userName\": \"' OR 1=1 --\", \"password\": \"<script>\", \"role\": \"Administrator\\u0000\"}",
        "{\"workDone\": 5, \"problems\": [], \"unit\": {}}", "{\"reason\": null}", "{\"baseVersion\": \"one\", \"value\": 1}",
    ];

    private static readonly string[] Paths =
    [
        "/api/tasks/dagan100.1.1/progress", "/api/tasks/..%2F..%2Fetc/progress", "/api/display-tokens", "/api/users",
        "/api/campaigns/dagan100/reports", "/api/campaigns/dagan100/reports/2026-13-45/x/return", "/api/campaigns/dagan100/wall/reload",
        "/api/auth/token", "/api/campaigns/import", "/api/grids/import", "/api/cases", "/api/cases/with-photos", "/api/cases/JA-001.1/transitions", "/api/cases/JA-001.1/photos", "/api/cases/JA-001.1/withdraw",
        "/api/campaigns", "/api/campaigns/dagan100/lines", "/api/campaigns/dagan100/tasks", "/api/campaigns/..%2Fx/tasks",
        "/api/campaigns/dagan100/adjustments", "/api/campaigns/dagan100/blacklist-events", "/api/campaigns/dagan100/periods/2026-13/publish",
        "/api/campaigns/dagan100/periods/%00/revisions", "/api/campaigns/dagan100/accountability/2026-11/城防办/explanation",
        "/api/campaigns/dagan100/accountability/..%2F/%00/actions",
        "/api/campaigns/dagan100/briefings/9999-99-99/publish", "/api/campaigns/dagan100/briefings/%00/publish",
    ];

    /// <summary>Edits, sent with PUT.</summary>
    private static readonly string[] PutPaths =
    [
        "/api/campaigns/dagan100/settings", "/api/campaigns/dagan100/lines/一", "/api/campaigns/dagan100/lines/%00",
        "/api/campaigns/dagan100/tasks/dagan100.1.1", "/api/campaigns/dagan100/tasks/..%2F..%2Fetc", "/api/campaigns/dagan100/assessment",
        "/api/campaigns/dagan100/briefings/2026-11-23", "/api/campaigns/dagan100/briefings/%00", "/api/campaigns/dagan100/case-categories",
    ];

    [Fact]
    public async Task No_malformed_or_hostile_payload_gets_a_5xx_or_changes_anything()
    {
        var client = await App.AdminClient();
        var before = await client.GetStringAsync("/api/tasks/dagan100.1.1");
        var plan = (await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).GetProperty("lines").GetRawText();
        var failures = new List<string>();
        foreach (var path in Paths)
        {
            foreach (var body in Bodies)
            {
                foreach (var type in new[] { "application/json", "text/plain", "multipart/form-data; boundary=x" })
                {
                    var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, type.Split(';')[0]) { Headers = { ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(type) } });
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} POST {path} ({type}) {body[..Math.Min(body.Length, 40)]}");
                    }
                }
            }
        }

        foreach (var path in PutPaths)
        {
            foreach (var body in Bodies)
            {
                var response = await client.PutAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} PUT {path} {body[..Math.Min(body.Length, 40)]}");
                }
            }
        }

        foreach (var path in new[] { "/api/campaigns/%00", "/api/tasks/" + new string('a', 5000), "/api/campaigns/dagan100/export?format=pdf", "/api/campaigns/dagan100/reports?week=9999-99-99", "/api/tasks/x/history",
            "/api/campaigns/dagan100/standings?subjects=%00&period=9999-W99", "/api/campaigns/dagan100/periods/%00/bulletin?format=pdf", "/api/campaigns/..%2F/standings",
                     "/api/campaigns/dagan100/briefings/9999-99-99", "/api/campaigns/dagan100/briefings/2026-11-23/document?format=..%2F", "/api/campaigns/%00/briefings",
                     "/api/case-stats?campaignId=dagan100&from=9999-99-99", "/api/case-stats?campaignId=%00&groupBy=month", "/api/case-stats?campaignId=dagan100&groupBy=' OR 1=1 --",
                     "/api/map?campaignId=%00", "/api/map?campaignId=..%2F..%2Fetc", "/api/map?campaignId=" + new string('x', 5000) })
        {
            if ((int)(await client.GetAsync(path)).StatusCode >= 500)
            {
                failures.Add("GET " + path);
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await client.GetStringAsync("/api/tasks/dagan100.1.1"));
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/campaigns")).EnumerateArray());
        Assert.Equal(plan, (await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).GetProperty("lines").GetRawText());
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray());
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/adjustments")).GetArrayLength()); // the demo's
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/blacklist-events")).EnumerateArray());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/assessment")).GetProperty("version").GetInt32());
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/periods")).EnumerateArray());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings")).EnumerateArray());
        Assert.Equal("", (await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings/2026-11-23")).GetProperty("edits").GetProperty("editorNote").GetString());
    }

    [Fact]
    public async Task Hostile_hub_calls_get_a_clean_error_and_leave_the_connection_usable()
    {
        await using var connection = App.WallConnection();
        await connection.StartAsync();
        foreach (var id in new[] { "", "../x", new string('x', 10_000), "dagan100\u0000", "<script>" })
        {
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Subscribe", id));
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Resume", id, long.MaxValue));
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement?>("Reports", id));
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement?>("Standings", id));
            await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement?>("Map", id));
        }

        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync("Subscribe", 12345, "extra"));
        await connection.InvokeAsync("Resume", "dagan100", long.MinValue); // nonsense sequence: a snapshot, no error
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task Hostile_update_hub_calls_are_refused_store_nothing_and_leave_the_connection_usable()
    {
        var before = await App.Reader().GetStringAsync("/api/tasks/dagan100.1.1");
        var client = await App.AdminClient();
        var token = client.DefaultRequestHeaders.Authorization!.Parameter;
        await using var connection = App.UpdatesConnection(token);
        await connection.StartAsync();

        foreach (var id in new[] { "", "../x", new string('x', 10_000), "dagan100.1.1\u0000", "<script>" })
        {
            var reply = await connection.InvokeAsync<JsonElement>("Report", id, new { value = 1 });
            Assert.Equal("notFound", reply.GetProperty("kind").GetString());
        }

        var refusals = new object[]
        {
            new { note = "没有数值" },
            new { value = 1, evidence = new[] { Guid.NewGuid() } },
            new { value = 1, evidence = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToArray() },
            new { value = 1, baseVersion = -5 },
        };
        foreach (var request in refusals)
        {
            var kind = (await connection.InvokeAsync<JsonElement>("Report", "dagan100.1.1", request)).GetProperty("kind").GetString();
            Assert.Contains(kind, new[] { "invalid", "forbidden", "notFound", "conflict", "stale", "notAllowedNow" }); // the API's 400–409
        }

        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync<JsonElement>("Report", 12345, "not a request"));
        await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = "many" }));
        Assert.Equal(HubConnectionState.Connected, connection.State);
        Assert.Equal(before, await App.Reader().GetStringAsync("/api/tasks/dagan100.1.1"));
    }
}
