namespace CommandCenter.Web.Features.Admin;

/// <summary>One silo as the cluster's membership table records it.</summary>
public sealed record SiloView(string Address, string Name, string Host, string Status, DateTimeOffset StartedAt, DateTimeOffset LastAliveAt);
