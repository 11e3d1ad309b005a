namespace CommandCenter.Assessment;

/// <summary>A campaign's assessment as stored: scheme versions, adjustments, events, the accountability record.</summary>
public sealed class AssessmentState
{
    public List<AssessmentScheme> Schemes { get; set; } = [];
    public List<Adjustment> Adjustments { get; set; } = [];
    public List<BlacklistEvent> Events { get; set; } = [];
    public List<AccountabilityRecord> Accountability { get; set; } = [];
}
