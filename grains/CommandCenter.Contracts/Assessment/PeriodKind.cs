namespace CommandCenter.Assessment;

/// <summary>How long an assessment period is: a calendar month (yyyy-MM) or an ISO week (yyyy-Www), in the campaign's zone.</summary>
[GenerateSerializer, Alias("PeriodKind")]
public enum PeriodKind
{
    Month = 0,
    Week = 1,
}
