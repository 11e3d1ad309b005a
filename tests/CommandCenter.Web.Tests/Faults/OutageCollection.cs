namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// Tests that take a database or a silo away and drive load on purpose run alone, after the others (which run side by
/// side): their load and their outage must not starve unrelated tests (a wall booting beside them could miss its own
/// deadline), and their own deadlines must not depend on what runs beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection
{
    public const string Name = "Outage (alone)";
}
