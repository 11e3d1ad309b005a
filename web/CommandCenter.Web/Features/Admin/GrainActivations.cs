namespace CommandCenter.Web.Features.Admin;

/// <summary>How many activations of a grain type the cluster holds, in total and per silo.</summary>
public sealed record GrainActivations(string GrainType, int Activations, IReadOnlyDictionary<string, int> PerSilo);
