using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommandCenter.Web.Shell;

/// <summary>Healthy once a grain call round-trips through the cluster.</summary>
internal sealed class OrleansHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The Orleans cluster does not answer.", exception);
        }
    }
}
