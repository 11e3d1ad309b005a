using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace CommandCenter.Testing;

/// <summary>
/// A real HTTP listener on a free loopback port standing in for an SMS or WeChat gateway: it answers each POST with the
/// status <c>answer(n)</c> gives the n-th request (from 1) and keeps the JSON bodies it answered 2xx.
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;
    private int _requests;

    public WebhookListener(Func<int, Task<int>> answer)
    {
        Url = $"http://127.0.0.1:{FreePorts.Next()}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(() => Serve(answer));
    }

    public string Url { get; }

    /// <summary>The bodies of the requests answered with success, in order of arrival.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>Every request so far, failed ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Waits (up to <paramref name="timeout"/>) until <paramref name="count"/> bodies have been received.</summary>
    public async Task WaitFor(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    private async Task Serve(Func<int, Task<int>> answer)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); } catch (HttpListenerException) { return; } catch (ObjectDisposedException) { return; }
            var status = await answer(Interlocked.Increment(ref _requests));
            if (status is >= 200 and < 300)
            {
                Received.Enqueue(await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.InputStream));
            }

            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(5))); // a handler a failed test left waiting must not hold up the dispose
        _listener.Close();
    }
}
