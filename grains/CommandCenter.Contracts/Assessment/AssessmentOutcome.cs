namespace CommandCenter.Assessment;

/// <summary>A stored value, or the refusal that stored nothing.</summary>
[GenerateSerializer, Immutable, Alias("AssessmentOutcome`1")]
public sealed record AssessmentOutcome<T>
{
    [Id(0)] public T? Value { get; init; }
    [Id(1)] public AssessmentRefusal? Refusal { get; init; }

    public static AssessmentOutcome<T> Of(T value) => new() { Value = value };

    public static AssessmentOutcome<T> Refused(string field, string reason, int status = 400) => new() { Refusal = new(field, reason, status) };
}
