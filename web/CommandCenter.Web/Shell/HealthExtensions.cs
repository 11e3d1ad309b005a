using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CommandCenter.Web.Shell;

public static class HealthExtensions
{
    public const string ReadyTag = "ready";

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: the cluster and the database are usable.</summary>
    public static WebApplication MapCommandCenterHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        return app;
    }
}
