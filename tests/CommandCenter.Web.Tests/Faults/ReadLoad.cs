using System.Collections.Concurrent;
using System.Diagnostics;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>One reader that keeps reading the given tasks through the API, recording each answer.</summary>
public sealed class ReadLoad(HttpClient client, IReadOnlyList<string> taskIds)
{
    private readonly ConcurrentQueue<Outcome> _outcomes = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public IReadOnlyList<Outcome> Outcomes => [.. _outcomes];

    public void Start() => _running = Task.Run(Read);

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    private async Task Read()
    {
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            var taskId = taskIds[n % taskIds.Count];
            var at = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            int status;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                using var response = await client.GetAsync($"/api/tasks/{taskId}", timeout.Token);
                status = (int)response.StatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            _outcomes.Enqueue(new Outcome(taskId, 0, "read", status, watch.Elapsed, at));
            await Task.Delay(100, CancellationToken.None);
        }
    }
}
