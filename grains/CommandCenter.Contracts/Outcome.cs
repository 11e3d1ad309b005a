namespace CommandCenter;

/// <summary>
/// A grain's or a desk's answer: the <see cref="Value"/> it stored or read, or the <see cref="Refusal"/> that stored
/// nothing. A method returning it may <c>return</c> either a value or a refusal.
/// </summary>
[GenerateSerializer, Immutable, Alias("Outcome`1")]
public sealed record Outcome<T>
{
    [Id(0)] public T? Value { get; init; }

    [Id(1)] public Refusal? Refusal { get; init; }

    public bool Succeeded => Refusal is null;

    public static Outcome<T> Of(T value) => new() { Value = value };

    /// <summary><c>var (value, refusal) = outcome;</c></summary>
    public void Deconstruct(out T? value, out Refusal? refusal) => (value, refusal) = (Value, Refusal);

    public static implicit operator Outcome<T>(T value) => new() { Value = value };

    public static implicit operator Outcome<T>(Refusal refusal) => new() { Refusal = refusal };
}
