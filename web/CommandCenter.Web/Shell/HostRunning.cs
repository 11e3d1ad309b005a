namespace CommandCenter.Web.Shell;

public static class HostRunning
{
    /// <summary>
    /// Runs the host in an empty execution context. Every timer and thread the host starts captures the context it
    /// starts in, and some outlive the host (a rate limiter's replenishment timer, a connection pool's pruning timer):
    /// whatever flowed into <c>Main</c> — nothing in production, the host listener of an in-process test host — would
    /// stay reachable through them, and with it the whole host after it stopped.
    /// </summary>
    public static Task RunInEmptyContextAsync(this WebApplication app)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => app.RunAsync());
        }
    }
}
