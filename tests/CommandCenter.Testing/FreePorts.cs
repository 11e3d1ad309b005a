using System.Net;
using System.Net.Sockets;

namespace CommandCenter.Testing;

/// <summary>
/// Listening ports for test hosts and silos, below the kernel's ephemeral range (32768–60999 on Linux): a port the
/// kernel hands out for "any free port" can be taken by an outgoing connection between the check and the host's bind,
/// which failed a CI run with "address already in use". Each test process starts at its own offset, and a port is
/// handed out only if it can be bound at that moment.
/// </summary>
public static class FreePorts
{
    private const int First = 20_000;
    private const int Count = 12_000;

    private static int _next = Environment.ProcessId % 120 * 100;

    public static int Next()
    {
        for (var tries = 0; tries < Count; tries++)
        {
            var port = First + (int)((uint)Interlocked.Increment(ref _next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free port from {First} to {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
