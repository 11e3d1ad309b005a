using CommandCenter.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommandCenter.Web.Shell;

internal sealed class DatabaseHealthCheck(CommandCenterDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", exception);
        }
    }
}
