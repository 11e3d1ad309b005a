namespace CommandCenter.Supervision;

/// <summary>The colour of a notice awaiting its answer (docs/STATUS-RULES.md, "Supervision notices"); None otherwise.</summary>
public enum NoticeStage
{
    None,
    /// <summary>蓝色: the deadline is near.</summary>
    Blue,
    /// <summary>黄色: behind — half the time gone without an answer.</summary>
    Yellow,
    /// <summary>红色: past the deadline without an answer.</summary>
    Red,
}
