using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommandCenter.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests.Fuzz;

/// <summary>
/// A seeded stream of hostile requests against every write endpoint, the reads with parameters and every hub method,
/// sent while valid writers work: no 5xx, no valid write refused, and afterwards what the grains answer is what the
/// database and the ledger hold (nothing half-stored).
/// </summary>
public sealed class InputFuzzTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const int Seed = 20261201;
    private const int HostileWrites = 700;

    private readonly ConcurrentBag<string> _failures = [];

    [Fact]
    public async Task Hostile_requests_sent_among_valid_writes_get_no_5xx_refuse_no_valid_write_and_leave_nothing_half_stored()
    {
        var admin = await App.AdminClient();
        var (caseId, noticeId) = await Prepare(admin);
        var hostile = Task.Run(() => Hostile(admin, caseId, noticeId));
        var valid = await Task.WhenAll(ValidProgress(admin), ValidCases(admin));
        await hostile;

        Assert.True(_failures.IsEmpty, string.Join("\n", _failures.Take(50)));
        Assert.All(valid.SelectMany(v => v), refused => Assert.Fail(refused));
        await AssertNothingHalfStored(admin);
    }

    private async Task<(string CaseId, string NoticeId)> Prepare(HttpClient admin)
    {
        await GridFiles.Import(admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        Ok(await admin.PostAsJsonAsync("/api/campaigns", new { name = "模糊测试", startDate = today, endDate = DateTime.UtcNow.AddDays(99).ToString("yyyy-MM-dd"), id = "fuzz" }));
        Ok(await admin.PostAsJsonAsync("/api/campaigns/fuzz/lines", new { code = "一", title = "线", leadUnit = "城防办", leader = "张三" }));
        var reported = await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning());
        var notice = await admin.PostAsJsonAsync("/api/notices", new { unit = "城防办", taskId = "dagan100.1.1", title = "督办", deadline = DateTimeOffset.UtcNow.AddDays(2) });
        return ((await GridFiles.Json(Ok(reported))).GetProperty("id").GetString()!, (await GridFiles.Json(Ok(notice))).GetProperty("id").GetString()!);
    }

    private async Task Hostile(HttpClient admin, string caseId, string noticeId)
    {
        var random = new Random(Seed);
        var targets = FuzzTargets.Writes(caseId, noticeId);
        // Every field of every endpoint gets a NUL, a lone surrogate and a megabyte; then random hostile values.
        var requests = targets.SelectMany(t => Fields(t.Body()).SelectMany(field => Systematic.Select(value => Request(t, field, value)))).ToList();
        requests.AddRange(Enumerable.Range(0, HostileWrites).Select(i => Request(random, targets[i % targets.Count])));
        requests.AddRange(FuzzTargets.Reads.SelectMany(path => HostileValues.RouteValues.Select(value =>
            new HttpRequestMessage(HttpMethod.Get, path.Replace("{0}", value, StringComparison.Ordinal)))));
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 6 }, async (request, _) =>
        {
            var description = $"{request.Method} {request.RequestUri} {Describe(request.Content)}";
            var response = await admin.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                _failures.Add($"{(int)response.StatusCode} {description}");
            }
        });
        await HostileHubCalls(admin, new Random(Seed));
    }

    private static readonly Func<JsonNode?>[] Systematic =
        [() => JsonValue.Create("前\u0000后"), () => JsonValue.Create(HostileValues.LoneSurrogate), () => JsonValue.Create(new string('x', 1 << 20))];

    private static JsonObject Holder(JsonNode body) => body as JsonObject ?? (JsonObject)((JsonArray)body)[0]!;

    private static List<string> Fields(JsonNode body) => Holder(body).Select(p => p.Key).ToList();

    private static HttpRequestMessage Request(FuzzTarget target, string field, Func<JsonNode?> value)
    {
        var body = target.Body();
        Holder(body)[field] = value();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(HostileValues.Serialize(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpRequestMessage(target.Method, target.RouteValue is null ? target.Path : string.Format(target.Path, target.RouteValue)) { Content = content };
    }

    private static HttpRequestMessage Request(Random random, FuzzTarget target)
    {
        var body = target.Body();
        var route = target.RouteValue;
        var kind = random.Next(10);
        if (kind == 2 && route is not null)
        {
            route = HostileValues.RouteValues[random.Next(HostileValues.RouteValues.Length)];
        }
        else if (kind >= 3)
        {
            var fields = Fields(body);
            if (fields.Count > 0)
            {
                Holder(body)[fields[random.Next(fields.Count)]] = HostileValues.Values[random.Next(HostileValues.Values.Length)]();
            }
        }

        var bytes = kind == 0 ? HostileValues.Broken(random) : Encoding.UTF8.GetBytes(HostileValues.Serialize(body));
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type",
            kind == 1 ? HostileValues.ContentTypes[random.Next(HostileValues.ContentTypes.Length)] : "application/json; charset=utf-8");
        return new HttpRequestMessage(target.Method, route is null ? target.Path : string.Format(target.Path, route)) { Content = content };
    }

    /// <summary>
    /// Hub calls with hostile arguments. A message over SignalR's 32 KB limit closes its connection (the protocol's
    /// refusal; the client reconnects): that alone may close one, anything else that does is a failure.
    /// </summary>
    private async Task HostileHubCalls(HttpClient admin, Random random)
    {
        var token = admin.DefaultRequestHeaders.Authorization!.Parameter;
        var updates = App.UpdatesConnection(token);
        await using var wall = App.WallConnection();
        await Task.WhenAll(updates.StartAsync(), wall.StartAsync());
        foreach (var i in Enumerable.Range(0, 120))
        {
            var body = new JsonObject { ["value"] = 40, ["note"] = "进度" };
            body[random.Next(2) == 0 ? "value" : "note"] = HostileValues.Values[random.Next(HostileValues.Values.Length)]();
            var id = i % 3 == 0 ? HostileValues.RouteValues[random.Next(HostileValues.RouteValues.Length)] : "dagan100.1.2";
            var text = HostileValues.Serialize(body);
            var label = $"Report {id[..Math.Min(40, id.Length)]} {text[..Math.Min(80, text.Length)]}";
            // A bare NaN is not JSON the client can send as an object: it goes as a string, which must be refused all the same.
            object argument = text.Contains("NaN,", StringComparison.Ordinal) || text.Contains(":NaN", StringComparison.Ordinal) ? text : JsonDocument.Parse(text).RootElement;
            await Hub(() => updates.InvokeAsync<JsonElement>("Report", id, argument), label);
            if (updates.State != HubConnectionState.Connected)
            {
                if (text.Length + id.Length < 32 * 1024)
                {
                    _failures.Add($"the updates hub closed the connection after {label}");
                }

                await updates.DisposeAsync();
                updates = App.UpdatesConnection(token);
                await updates.StartAsync();
            }

            var campaign = HostileValues.RouteValues[random.Next(HostileValues.RouteValues.Length)];
            await Hub(() => wall.InvokeAsync("Subscribe", campaign), "Subscribe");
            await Hub(() => wall.InvokeAsync("Resume", campaign, random.NextInt64(long.MinValue, long.MaxValue)), "Resume");
            foreach (var method in new[] { "Reports", "Grids", "Notices", "Map", "Unsubscribe" })
            {
                await Hub(() => wall.InvokeAsync<JsonElement?>(method, campaign), method);
            }
        }

        if (wall.State != HubConnectionState.Connected)
        {
            _failures.Add("the wall hub connection did not survive the hostile calls");
        }

        await updates.DisposeAsync();
    }

    /// <summary>A refusal is fine; an unexpected server error (the hub's 500) or an "unavailable" answer (the API's 503) is not.</summary>
    private async Task Hub<T>(Func<Task<T>> call, string description)
    {
        try
        {
            var reply = await call();
            if (reply is JsonElement { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty("kind", out var kind) && kind.GetString() == "unavailable")
            {
                _failures.Add($"hub {kind.GetString()} {description}");
            }
        }
        catch (HubException refused) when (!IsFault(refused))
        {
        }
        catch (Exception error)
        {
            _failures.Add($"hub {error.GetType().Name} {error.Message} {description}");
        }
    }

    /// <summary>
    /// A server fault reads "An unexpected error occurred invoking 'X' on the server." and nothing more; a refusal names
    /// its reason ("… HubException: Unknown campaign.") or is a binding failure ("Failed to invoke 'X' …": wrong types).
    /// </summary>
    private static bool IsFault(HubException exception) =>
        exception.Message.StartsWith("An unexpected error occurred", StringComparison.Ordinal) && exception.Message.EndsWith("on the server.", StringComparison.Ordinal);

    private Task Hub(Func<Task> call, string description) => Hub(async () => { await call(); return 0; }, description);

    private static async Task<List<string>> ValidProgress(HttpClient admin)
    {
        var snapshot = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var tasks = snapshot.GetProperty("lines").EnumerateArray().Skip(1).SelectMany(l => l.GetProperty("tasks").EnumerateArray()).Select(t => t.GetProperty("id").GetString()!).ToList();
        var refused = new List<string>();
        var notes = new Dictionary<string, List<string>>();
        for (var round = 0; round < 8; round++)
        {
            var sent = await Task.WhenAll(tasks.Select(async (task, i) =>
                (task, note: $"有效更新 {round}-{i}", response: await admin.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value = round * 10 + 1, note = $"有效更新 {round}-{i}" }))));
            foreach (var (task, note, response) in sent)
            {
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    refused.Add($"valid update of {task} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                (notes.TryGetValue(task, out var list) ? list : notes[task] = []).Add(note);
            }
        }

        foreach (var (task, expected) in notes)
        {
            var history = (await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{task}/history")).EnumerateArray().Select(h => h.GetProperty("note").GetString()).ToHashSet();
            refused.AddRange(expected.Where(n => !history.Contains(n)).Select(n => $"acknowledged update '{n}' of {task} is not in its history"));
        }

        return refused;
    }

    private static async Task<List<string>> ValidCases(HttpClient admin)
    {
        var refused = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var response = await admin.PostAsJsonAsync("/api/cases", new { gridCode = "JA-002", category = "市容环境", subcategory = "道路保洁", source = "hotline", description = $"有效案件 {i}", location = "北街" });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                refused.Add($"valid case {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        return refused;
    }

    private async Task AssertNothingHalfStored(HttpClient admin)
    {
        await using var connection = await App.Service<CommandCenterDatabase>().DataSource.OpenConnectionAsync();
        var states = await Rows(connection, "SELECT task_id, version FROM task_state");
        var history = (await Rows(connection, "SELECT task_id, version FROM task_history")).ToLookup(r => r.Key, r => r.Value);
        foreach (var campaign in new[] { "dagan100", "fuzz" })
        {
            var snapshot = await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign}");
            foreach (var task in snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray()))
            {
                var id = task.GetProperty("id").GetString()!;
                var view = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
                Assert.Equal(states.Single(s => s.Key == id).Value, view.GetProperty("version").GetInt32());
                var versions = (await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{id}/history")).EnumerateArray().Select(h => h.GetProperty("version").GetInt32());
                Assert.Equal(history[id].Order(), versions.Order());
            }
        }

        var ledger = (await Rows(connection, "SELECT case_id, version FROM case_ledger")).ToDictionary(r => r.Key, r => r.Value);
        foreach (var grid in new[] { "JA-001", "JA-002" })
        {
            var received = (await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{grid}/stats")).GetProperty("received").GetInt32();
            Assert.Equal(ledger.Keys.Count(k => k.StartsWith(grid + ".", StringComparison.Ordinal)), received);
            var highest = ledger.Keys.Where(k => k.StartsWith(grid + ".", StringComparison.Ordinal)).Select(k => int.Parse(k[(grid.Length + 1)..])).DefaultIfEmpty(0).Max();
            for (var n = 1; n <= highest + 20; n++)
            {
                var found = await admin.GetAsync($"/api/cases/{grid}.{n}");
                Assert.True(found.StatusCode == HttpStatusCode.OK == ledger.ContainsKey($"{grid}.{n}"), $"case {grid}.{n}: {(int)found.StatusCode}, in the ledger: {ledger.ContainsKey($"{grid}.{n}")}");
                if (found.StatusCode == HttpStatusCode.OK)
                {
                    Assert.Equal(ledger[$"{grid}.{n}"], (await GridFiles.Json(found)).GetProperty("version").GetInt32());
                }
            }
        }
    }

    private static async Task<List<KeyValuePair<string, int>>> Rows(Npgsql.NpgsqlConnection connection, string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<string, int>>();
        while (await reader.ReadAsync())
        {
            rows.Add(new(reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }

    private static HttpResponseMessage Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode}");
        return response;
    }

    private static string Describe(HttpContent? content) =>
        content is null ? "" : $"({content.Headers.ContentType}) {Encoding.UTF8.GetString(content.ReadAsByteArrayAsync().Result.AsSpan(0, Math.Min(120, (int)(content.Headers.ContentLength ?? 0))))}";
}
