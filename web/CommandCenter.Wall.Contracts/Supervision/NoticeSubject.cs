namespace CommandCenter.Supervision;

/// <summary>What a notice is about: a task or a case.</summary>
public enum NoticeSubject
{
    Task,
    Case,
}
