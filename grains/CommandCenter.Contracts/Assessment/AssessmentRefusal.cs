namespace CommandCenter.Assessment;

/// <summary>Why the assessment refused a change: the field, a Chinese-first reason, and the HTTP status it maps to (400, 404, 409).</summary>
[GenerateSerializer, Immutable, Alias("AssessmentRefusal")]
public sealed record AssessmentRefusal(
    [property: Id(0)] string Field,
    [property: Id(1)] string Reason,
    [property: Id(2)] int Status = 400);
