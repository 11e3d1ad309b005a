namespace CommandCenter.Web.Features.Admin;

/// <summary><c>GET /api/admin/cluster</c>: silos and their status, activations per grain type, this host's recent request rates.</summary>
public sealed record ClusterOverview(
    DateTimeOffset At,
    IReadOnlyList<SiloView> Silos,
    IReadOnlyList<GrainActivations> Grains,
    IReadOnlyList<RequestRateMinute> Requests);
