using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommandCenter.Bench;

/// <summary>
/// The soak's steady load through the public API, as the office and the units would make it over weeks: progress
/// updates of the demo campaign's quantity tasks going up and down within their targets (so statuses, line cards and the
/// live feed keep changing), and every tenth change a step of a case's life in the demo's grids — reported (at its
/// grid's centre when the grid has a boundary), dispatched, handled, then withdrawn — so the case ticker, the grid
/// counts and the map's case points move while the number of open cases stays steady. Signs in again every 20 minutes
/// (bearer tokens last an hour).
/// </summary>
public sealed class SoakDriver(Uri url, string campaignId, double perSecond)
{
    private const int CaseEvery = 10;
    private const int CasesUnderWay = 4;
    private static readonly TimeSpan SignInEvery = TimeSpan.FromMinutes(20);

    private readonly HttpClient _http = new() { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    private readonly Queue<(string Id, int Step)> _cases = new();
    private readonly Stopwatch _signedIn = new();
    private List<(string Id, decimal Baseline, decimal Target)> _tasks = [];
    private List<(string Code, double[]? Centre)> _grids = [];
    private string _token = "";
    private long _updates, _failures, _caseSteps, _caseFailures, _casesReported;

    public long Updates => Interlocked.Read(ref _updates);

    public long Failures => Interlocked.Read(ref _failures);

    public long CaseSteps => Interlocked.Read(ref _caseSteps);

    public long CaseFailures => Interlocked.Read(ref _caseFailures);

    public long CasesReported => Interlocked.Read(ref _casesReported);

    /// <summary>The last failure's status and path, to tell a refused change from an unreachable host.</summary>
    public string? LastFailure { get; private set; }

    public async Task Prepare()
    {
        await SignIn();
        var snapshot = await Send<JsonElement>(HttpMethod.Get, $"/api/campaigns/{campaignId}", null);
        _tasks = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.GetProperty("target").GetProperty("kind").GetString() == "quantity")
            .Select(t => (t.GetProperty("id").GetString()!, Number(t.GetProperty("target"), "baseline"), Number(t.GetProperty("target"), "value")))
            .Where(t => t.Item3 > t.Item2).ToList();
        var map = await Send<JsonElement>(HttpMethod.Get, $"/api/map?campaignId={campaignId}", null);
        _grids = map.GetProperty("grids").EnumerateArray().Select(g => (g.GetProperty("code").GetString()!, Centre(g.GetProperty("polygons")))).ToList();
        if (_tasks.Count == 0)
        {
            throw new InvalidOperationException($"Campaign {campaignId} has no quantity tasks to update.");
        }
    }

    /// <summary>Sends changes at the steady rate until <paramref name="stop"/>; a change slower than the period delays the next.</summary>
    public async Task Run(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var period = TimeSpan.FromSeconds(1 / perSecond);
        for (var n = 0L; !stop.IsCancellationRequested; n++)
        {
            try
            {
                if (_signedIn.Elapsed > SignInEvery)
                {
                    await SignIn();
                }

                if (n % CaseEvery == CaseEvery - 1 && _grids.Count > 0)
                {
                    await CaseStep(n);
                }
                else
                {
                    await Progress(n);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref _failures);
                LastFailure = e.GetType().Name + ": " + e.Message;
            }

            var wait = (period * (n + 1)) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, stop).ContinueWith(_ => { });
            }
        }
    }

    private async Task Progress(long n)
    {
        var (id, baseline, target) = _tasks[(int)(n % _tasks.Count)];
        // Each task walks 30 % → 95 % of its target and back, a step per round over the tasks.
        var round = (int)(n / _tasks.Count % 26);
        var share = 0.30m + (0.025m * (round <= 13 ? round : 26 - round));
        var value = Math.Round(baseline + ((target - baseline) * share));
        if (await Try(HttpMethod.Post, $"/api/tasks/{id}/progress", new { value, note = "soak" }) is not null)
        {
            Interlocked.Increment(ref _updates);
        }
        else
        {
            Interlocked.Increment(ref _failures);
        }
    }

    private async Task CaseStep(long n)
    {
        JsonElement? done;
        if (_cases.Count < CasesUnderWay)
        {
            var (code, centre) = _grids[(int)(n / CaseEvery % _grids.Count)];
            done = await Try(HttpMethod.Post, "/api/cases", centre is { } c
                ? new { gridCode = code, category = "市容环境", subcategory = "道路保洁", source = "patrol", description = $"压测巡查发现路面垃圾 {n}", latitude = c[1], longitude = c[0] }
                : new { gridCode = code, category = "市容环境", subcategory = "道路保洁", source = "patrol", description = $"压测巡查发现路面垃圾 {n}" });
            if (done is { } reported)
            {
                _cases.Enqueue((reported.GetProperty("id").GetString()!, 0));
                Interlocked.Increment(ref _casesReported);
            }
        }
        else
        {
            var (id, step) = _cases.Dequeue();
            done = step switch
            {
                0 => await Try(HttpMethod.Post, $"/api/cases/{id}/transitions", new { to = "dispatched", unit = "环卫处" }),
                1 => await Try(HttpMethod.Post, $"/api/cases/{id}/transitions", new { to = "handling" }),
                _ => await Try(HttpMethod.Post, $"/api/cases/{id}/withdraw", new { reason = "压测案件，作废" }),
            };
            if (done is not null && step < 2)
            {
                _cases.Enqueue((id, step + 1));
            }
        }

        if (done is null)
        {
            Interlocked.Increment(ref _caseFailures);
        }
        else
        {
            Interlocked.Increment(ref _caseSteps);
        }
    }

    private async Task SignIn()
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = Deployment.AdminPassword });
        response.EnsureSuccessStatusCode();
        _token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        _signedIn.Restart();
    }

    /// <summary>The answer's body when it was a success, otherwise null (and the failure remembered).</summary>
    private async Task<JsonElement?> Try(HttpMethod method, string path, object? body)
    {
        using var request = Request(method, path, body);
        using var response = await _http.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        LastFailure = $"{(int)response.StatusCode} {method} {path}: {await response.Content.ReadAsStringAsync()}";
        return null;
    }

    private async Task<T> Send<T>(HttpMethod method, string path, object? body)
    {
        using var request = Request(method, path, body);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", _token);
        if (body is not null)
        {
            // With its length, as a browser's fetch sends it.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
            request.Content.Headers.ContentType = new("application/json");
        }

        return request;
    }

    private static decimal Number(JsonElement target, string name) =>
        target.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : 0;

    /// <summary>
    /// The mean of the corners of the first polygon's outer ring (polygons → rings → longitude, latitude, longitude, …
    /// as the map API sends them): inside the demo's rectangular grids.
    /// </summary>
    private static double[]? Centre(JsonElement polygons)
    {
        if (polygons.ValueKind != JsonValueKind.Array || polygons.GetArrayLength() == 0 || polygons[0].ValueKind != JsonValueKind.Array || polygons[0].GetArrayLength() == 0)
        {
            return null;
        }

        var ring = polygons[0][0].EnumerateArray().Select(x => x.GetDouble()).ToArray();
        if (ring.Length < 6)
        {
            return null;
        }

        var corners = Enumerable.Range(0, ring.Length / 2).Select(i => (Lon: ring[2 * i], Lat: ring[(2 * i) + 1])).ToList();
        if (corners[0] == corners[^1])
        {
            corners.RemoveAt(corners.Count - 1);
        }

        return [Math.Round(corners.Average(c => c.Lon), 6), Math.Round(corners.Average(c => c.Lat), 6)];
    }

    public object Json => new
    {
        updates = Updates, failures = Failures, casesReported = CasesReported, caseSteps = CaseSteps, caseFailures = CaseFailures, lastFailure = LastFailure,
        perSecond,
    };
}
