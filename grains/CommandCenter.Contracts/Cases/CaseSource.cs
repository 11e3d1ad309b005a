namespace CommandCenter.Cases;

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    /// <summary>巡查: found on patrol.</summary>
    Patrol,
    /// <summary>12345 hotline.</summary>
    Hotline,
    /// <summary>媒体曝光: media exposure.</summary>
    Media,
    /// <summary>领导督查: a leader's inspection.</summary>
    Inspection,
    /// <summary>数字城管: the digital city-management center.</summary>
    DigitalCenter,
}
