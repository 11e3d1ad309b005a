using System.Net;
using System.Net.Sockets;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Forwards TCP connections from <paramref name="listen"/> to <paramref name="target"/>: how the test database, on
/// loopback or a container port, becomes reachable from inside network namespaces at the lab's gateway address.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly DnsEndPoint _target;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public TcpForwarder(IPEndPoint listen, DnsEndPoint target)
    {
        _target = target;
        _listener = new TcpListener(listen);
        _listener.Start();
        _accepting = Task.Run(Accept);
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => Pump(inbound));
        }
    }

    private async Task Pump(TcpClient inbound)
    {
        using var _ = inbound;
        using var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            var there = inbound.GetStream().CopyToAsync(outbound.GetStream(), _stop.Token);
            var back = outbound.GetStream().CopyToAsync(inbound.GetStream(), _stop.Token);
            await Task.WhenAny(there, back);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // either side went away: both connections close
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
