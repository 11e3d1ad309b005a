namespace CommandCenter.Tasks;

/// <summary>How a task's target is measured.</summary>
public enum TargetKind
{
    /// <summary>An amount to reach, e.g. "clear 400 street-occupation cases".</summary>
    Quantity = 0,
    /// <summary>A rate to reach or hold, e.g. "street-light on-rate ≥ 98%".</summary>
    Rate = 1,
    /// <summary>Something finished by a date; the value is percent complete (0–100).</summary>
    Milestone = 2,
    /// <summary>A rank to reach, e.g. "province-wide top five"; smaller is better.</summary>
    Ranking = 3,
}
