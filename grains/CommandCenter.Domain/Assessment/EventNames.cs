namespace CommandCenter.Assessment;

/// <summary>Chinese names of black-list events and reasons, as bulletins and pages print them.</summary>
public static class EventNames
{
    public static string Of(BlacklistEventKind kind) => kind switch
    {
        BlacklistEventKind.SafetyIncident => "发生安全事故",
        BlacklistEventKind.MediaExposure => "媒体公开曝光",
        BlacklistEventKind.SuperiorCriticism => "上级领导批评",
        _ => "省市排名靠后",
    };

    public static string Of(BlackReason reason, double threshold, int bottom) => reason switch
    {
        BlackReason.Bottom => $"排名后{bottom}位",
        BlackReason.BelowThreshold => $"得分低于{threshold:0.#}分",
        BlackReason.RepeatedlyBehind => "屡次靠后（连续两期排名后列）",
        _ => "发生须上黑榜的事项",
    };
}
