using Orleans.Runtime;

namespace CommandCenter.Web.Features.Admin;

/// <summary>Reads the cluster's state through Orleans' management grain.</summary>
public sealed class ClusterOverviewReader(IGrainFactory grains, RequestRates rates, TimeProvider time)
{
    public async Task<ClusterOverview> Read()
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var statistics = await management.GetSimpleGrainStatistics();

        var silos = hosts
            .OrderBy(h => h.Status == SiloStatus.Active ? 0 : 1).ThenByDescending(h => h.StartTime)
            .Select(h => new SiloView(h.SiloAddress.ToString(), h.SiloName, h.HostName, h.Status.ToString(),
                new DateTimeOffset(h.StartTime, TimeSpan.Zero), new DateTimeOffset(h.IAmAliveTime, TimeSpan.Zero)))
            .ToList();
        var activations = statistics
            .GroupBy(s => s.GrainType.Split(',')[0]) // "Namespace.Type, Assembly" → "Namespace.Type"
            .Select(g => new GrainActivations(g.Key, g.Sum(s => s.ActivationCount),
                g.GroupBy(s => s.SiloAddress.ToString()).ToDictionary(s => s.Key, s => s.Sum(x => x.ActivationCount))))
            .OrderByDescending(g => g.Activations).ThenBy(g => g.GrainType)
            .ToList();
        return new ClusterOverview(time.GetUtcNow(), silos, activations, rates.Recent());
    }
}
