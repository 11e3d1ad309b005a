using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// The open connections of signed-in accounts to this host's hubs (the updates hub; the wall hub opened with an
/// account), checked like cookies and bearer tokens: a method call of an account that was disabled or changed is
/// refused (the caller is told why), and <see cref="ConnectionRevalidation"/> closes such connections within the interval.
/// A connection otherwise keeps the principal it was opened with for as long as it lasts.
/// </summary>
public sealed class SignedInConnections(AccountStamps stamps, ILogger<SignedInConnections> logger) : IHubFilter
{
    public const string Refused = "账号已停用或已变更，请重新登录 / the account was disabled or changed: sign in again.";

    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new(StringComparer.Ordinal);

    public IReadOnlyCollection<HubCallerContext> Open => _open.Values.ToList();

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.Identity?.IsAuthenticated == true)
        {
            _open[context.Context.ConnectionId] = context.Context;
        }

        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        _open.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var caller = invocation.Context;
        if (caller.User?.Identity?.IsAuthenticated == true && !await stamps.IsCurrent(caller.User))
        {
            // Refused, not closed here: closing would lose the answer that says why. The re-check closes the connection.
            throw new HubException(Refused);
        }

        return await next(invocation);
    }

    /// <summary>Ends the connection (its client sees it closed; a reconnect must authenticate again).</summary>
    public void Close(HubCallerContext connection)
    {
        logger.LogInformation("Closing hub connection {Connection} of {User}: the account was disabled or changed", connection.ConnectionId, connection.User?.Identity?.Name);
        _open.TryRemove(connection.ConnectionId, out _);
        connection.Abort();
    }
}
