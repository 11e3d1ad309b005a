namespace CommandCenter.Cases;

/// <summary>A case category and subcategory (大类/小类) with its time limit.</summary>
[GenerateSerializer, Immutable, Alias("CaseCategory")]
public sealed record CaseCategory
{
    [Id(0)] public required string Category { get; init; }
    [Id(1)] public required string Subcategory { get; init; }
    [Id(2)] public required TimeLimit Limit { get; init; }
}
