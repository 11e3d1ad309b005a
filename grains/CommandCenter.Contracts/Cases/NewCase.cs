namespace CommandCenter.Cases;

/// <summary>A case as reported (上报).</summary>
[GenerateSerializer, Immutable, Alias("NewCase")]
public sealed record NewCase
{
    [Id(0)] public required string GridCode { get; init; }
    [Id(1)] public required string Category { get; init; }
    [Id(2)] public required string Subcategory { get; init; }
    [Id(3)] public required CaseSource Source { get; init; }
    [Id(4)] public required string Description { get; init; }
    [Id(5)] public string Location { get; init; } = "";
    [Id(6)] public required string By { get; init; }

    /// <summary>
    /// The client's idempotency key of this report (the <c>Idempotency-Key</c> header), if it sent one: a retry with
    /// the same key by the same account answers the case the first attempt stored instead of reporting another.
    /// </summary>
    [Id(7)] public string? RequestKey { get; init; }

    /// <summary>Where the case was found (WGS 84 degrees), if the reporter gave a position; both or neither.</summary>
    [Id(8)] public double? Latitude { get; init; }
    [Id(9)] public double? Longitude { get; init; }
}
