using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Dashboard;
using Orleans.Hosting;

namespace CommandCenter.Extensions;

/// <summary>
/// The official Orleans dashboard (<c>Microsoft.Orleans.Dashboard</c>): its grains and grain-call profiler run in
/// every silo; a web host (co-hosted silo or client) serves the pages, behind the administrator role.
/// </summary>
public static class OrleansDashboard
{
    public static ISiloBuilder AddCommandCenterDashboard(this ISiloBuilder silo, OrleansSettings settings, IConfiguration configuration)
    {
        if (settings.Dashboard.Enabled)
        {
            silo.AddDashboard();
            silo.Services.Configure<DashboardOptions>(configuration.GetSection(OrleansSettings.DashboardSection));
        }

        return silo;
    }

    public static IClientBuilder AddCommandCenterDashboard(this IClientBuilder client, OrleansSettings settings, IConfiguration configuration)
    {
        if (settings.Dashboard.Enabled)
        {
            client.AddDashboard();
            client.Services.Configure<DashboardOptions>(configuration.GetSection(OrleansSettings.DashboardSection));
        }

        return client;
    }
}
