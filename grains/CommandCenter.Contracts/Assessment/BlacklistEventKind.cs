namespace CommandCenter.Assessment;

/// <summary>An event that puts a unit on the black list of its period whatever its score.</summary>
[GenerateSerializer, Alias("BlacklistEventKind")]
public enum BlacklistEventKind
{
    /// <summary>发生安全事故.</summary>
    SafetyIncident = 0,
    /// <summary>媒体公开曝光.</summary>
    MediaExposure = 1,
    /// <summary>上级领导批评.</summary>
    SuperiorCriticism = 2,
    /// <summary>省市排名靠后: a provincial or municipal ranking behind its target.</summary>
    RankingBehindTarget = 3,
}
