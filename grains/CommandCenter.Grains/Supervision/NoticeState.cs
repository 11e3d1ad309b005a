namespace CommandCenter.Supervision;

/// <summary>The durable state of a notice grain.</summary>
public sealed class NoticeState
{
    public SupervisionNotice? Notice { get; set; }
}
