namespace CommandCenter.Assessment;

/// <summary>Why a unit is on the black list of a period (any number of them).</summary>
public enum BlackReason
{
    /// <summary>Among the bottom N of the ranking (default 3).</summary>
    Bottom = 0,
    /// <summary>A score below the scheme's threshold (default 60).</summary>
    BelowThreshold = 1,
    /// <summary>屡次靠后: in the bottom N in this and the previous published period.</summary>
    RepeatedlyBehind = 2,
    /// <summary>An event recorded by the office (安全事故, 媒体曝光, 上级批评, 省市排名靠后).</summary>
    Event = 3,
}
