namespace CommandCenter.Supervision;

/// <summary>The notice's status does not allow the action (answering a closed notice, escalating an answered one …).</summary>
[GenerateSerializer, Alias("NoticeActionException")]
public sealed class NoticeActionException(string reason) : Exception(reason)
{
    [Id(0)] public string Reason { get; } = reason;
}
