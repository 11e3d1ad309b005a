namespace CommandCenter.Displays;

/// <summary>A new display token together with its secret, which is shown only this once.</summary>
[GenerateSerializer, Immutable, Alias("IssuedDisplayToken")]
public sealed record IssuedDisplayToken
{
    [Id(0)] public required DisplayToken Token { get; init; }
    [Id(1)] public required string Secret { get; init; }
}
