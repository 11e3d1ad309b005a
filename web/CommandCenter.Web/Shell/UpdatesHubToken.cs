using Microsoft.AspNetCore.Authentication.BearerToken;

namespace CommandCenter.Web.Shell;

/// <summary>
/// A browser's WebSocket cannot send an Authorization header, so a client of the updates hub may send its bearer
/// token as <c>access_token</c> in the query, as SignalR's clients do; only on the hubs' paths (on the wall hub the
/// same parameter may hold a display token instead, which is no bearer token and so authenticates no one).
/// </summary>
public static class UpdatesHubToken
{
    public static Task FromQuery(MessageReceivedContext context)
    {
        if ((context.HttpContext.Request.Path.StartsWithSegments(Features.Tasks.UpdatesHub.Path) || context.HttpContext.Request.Path.StartsWithSegments(Wall.WallHub.Path))
            && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }
}
