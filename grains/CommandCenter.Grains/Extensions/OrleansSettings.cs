using Microsoft.Extensions.Configuration;

namespace CommandCenter.Extensions;

/// <summary>The <c>Orleans</c> configuration section.</summary>
public sealed record OrleansSettings
{
    /// <summary>Failure detection of silos (Orleans' <c>ClusterMembershipOptions</c>: ProbeTimeout, NumMissedProbesLimit, …).</summary>
    public const string MembershipSection = "Orleans:Membership";

    /// <summary>Grain-call messaging (Orleans' <c>SiloMessagingOptions</c> / <c>ClientMessagingOptions</c>: ResponseTimeout, …).</summary>
    public const string MessagingSection = "Orleans:Messaging";

    /// <summary>How a client finds gateways (Orleans' <c>GatewayOptions</c>: GatewayListRefreshPeriod, …).</summary>
    public const string GatewaySection = "Orleans:Gateway";

    /// <summary><c>CoHosted</c>: this process runs a silo. <c>Client</c>: it joins a cluster of dedicated silos.</summary>
    public string Mode { get; init; } = "CoHosted";

    public string ClusterId { get; init; } = "commandcenter";

    public string ServiceId { get; init; } = "commandcenter";

    public int SiloPort { get; init; } = 11111;

    public int GatewayPort { get; init; } = 30000;

    /// <summary>The address other silos and clients reach this silo at; loopback by default (one machine).</summary>
    public string AdvertisedIP { get; init; } = "127.0.0.1";

    /// <summary>Mutual TLS between silos and from clients (<c>Orleans:Tls:…</c>).</summary>
    public OrleansTlsSettings Tls { get; init; } = new();

    /// <summary>Orleans' dashboard (grain statistics per silo, <c>Orleans:Dashboard:…</c> binds its <c>DashboardOptions</c>); on unless <c>Orleans:Dashboard:Enabled=false</c>, on every process of a cluster alike.</summary>
    public const string DashboardSection = "Orleans:Dashboard";

    public DashboardSettings Dashboard { get; init; } = new();

    /// <summary>Seed the demo campaign into an empty database.</summary>
    public bool SeedDemoCampaign { get; init; } = true;

    public bool IsClient => string.Equals(Mode, "Client", StringComparison.OrdinalIgnoreCase);

    public static OrleansSettings From(IConfiguration configuration) =>
        configuration.GetSection("Orleans").Get<OrleansSettings>() ?? new OrleansSettings();
}
