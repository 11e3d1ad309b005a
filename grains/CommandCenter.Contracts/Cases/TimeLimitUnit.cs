namespace CommandCenter.Cases;

/// <summary>How a case's time limit (限时办结) is counted.</summary>
public enum TimeLimitUnit
{
    WorkingHours,
    WorkingDays,
}
