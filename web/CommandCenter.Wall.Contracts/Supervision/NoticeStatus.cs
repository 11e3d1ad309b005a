namespace CommandCenter.Supervision;

/// <summary>Where a supervision notice is: waiting for the unit's answer, answered (waiting for the office), closed.</summary>
public enum NoticeStatus
{
    Issued,
    Answered,
    Closed,
}
