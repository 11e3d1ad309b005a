namespace CommandCenter.Extensions;

/// <summary>Whether this process takes part in Orleans' dashboard (every silo and client of a cluster must agree).</summary>
public sealed record DashboardSettings
{
    public bool Enabled { get; init; } = true;
}
