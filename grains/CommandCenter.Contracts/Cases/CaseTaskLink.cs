namespace CommandCenter.Cases;

/// <summary>A quantity task that counts the closed cases of a category (e.g. "close 400 street-occupation cases").</summary>
[GenerateSerializer, Immutable, Alias("CaseTaskLink")]
public sealed record CaseTaskLink
{
    [Id(0)] public required string TaskId { get; init; }
    [Id(1)] public required string Category { get; init; }
    /// <summary>Null: every subcategory of <see cref="Category"/>.</summary>
    [Id(2)] public string? Subcategory { get; init; }

    public bool Matches(string category, string subcategory) =>
        Category == category && (Subcategory is null || Subcategory == subcategory);
}
