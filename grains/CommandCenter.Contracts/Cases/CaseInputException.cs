namespace CommandCenter.Cases;

/// <summary>A reported case that cannot be accepted: unknown grid, category or subcategory.</summary>
[GenerateSerializer, Alias("CaseInputException")]
public sealed class CaseInputException(string field, string reason) : Exception(reason)
{
    [Id(0)] public string Field { get; } = field;
    [Id(1)] public string Reason { get; } = reason;
}
