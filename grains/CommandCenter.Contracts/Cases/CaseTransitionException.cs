namespace CommandCenter.Cases;

/// <summary>The lifecycle forbids the requested transition (or its preconditions — a unit, evidence, a verifier — are missing).</summary>
[GenerateSerializer, Alias("CaseTransitionException")]
public sealed class CaseTransitionException(string reason) : Exception(reason)
{
    [Id(0)] public string Reason { get; } = reason;
}
