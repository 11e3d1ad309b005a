namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Tests that take a database away and drive load on purpose run alone, after the others: their load and their
/// outage must not starve unrelated tests (a wall booting beside them could miss its own deadline).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection
{
    public const string Name = "Outage (alone)";
}
