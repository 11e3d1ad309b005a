using System.Collections.Concurrent;
using System.Diagnostics;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Progress updates through the API from a few concurrent writers, each with a unique note, at a bounded rate,
/// recording every outcome so a test can check afterwards that every 200 is durable.
/// </summary>
public sealed class UpdateLoad(HttpClient client, IReadOnlyList<string> taskIds, int writers = 4, TimeSpan? pause = null) : IAsyncDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<Outcome> _outcomes = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _pause = pause ?? TimeSpan.FromMilliseconds(50);
    private Task _running = Task.CompletedTask;
    private int _sequence;

    public IReadOnlyList<Outcome> Outcomes => [.. _outcomes];

    public string Prefix { get; } = "load-" + Guid.NewGuid().ToString("N")[..6];

    public void Start() =>
        _running = Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(Write)));

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    private async Task Write()
    {
        while (!_stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _sequence);
            var taskId = taskIds[n % taskIds.Count];
            var value = n % 100 + 1;
            var note = $"{Prefix}-{n}";
            var at = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            int status;
            try
            {
                using var timeout = new CancellationTokenSource(RequestTimeout);
                using var response = await client.PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { value, note }, timeout.Token);
                status = (int)response.StatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                status = 0; // no answer: not acknowledged
            }

            _outcomes.Enqueue(new Outcome(taskId, value, note, status, watch.Elapsed, at));
            try
            {
                await Task.Delay(_pause, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
