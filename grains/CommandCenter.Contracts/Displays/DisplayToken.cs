namespace CommandCenter.Displays;

/// <summary>A read-only credential for one wall screen; valid until revoked. The secret itself is never stored.</summary>
[GenerateSerializer, Immutable, Alias("DisplayToken")]
public sealed record DisplayToken
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    /// <summary>The campaign the screen shows, or null for any campaign.</summary>
    [Id(2)] public string? CampaignId { get; init; }
    [Id(3)] public required DateTimeOffset CreatedAt { get; init; }
    [Id(4)] public required string CreatedBy { get; init; }
    [Id(5)] public DateTimeOffset? RevokedAt { get; init; }
    /// <summary>SHA-256 of the secret, hex.</summary>
    [Id(6)] public required string SecretHash { get; init; }
}
