namespace CommandCenter.Supervision;

/// <summary>One supervision notice, keyed by its id.</summary>
[Alias("ISupervisionNoticeGrain")]
public interface ISupervisionNoticeGrain : IGrainWithStringKey
{
    [Alias("Issue")]
    Task<SupervisionNotice> Issue(SupervisionNotice notice);

    [AlwaysInterleave, Alias("Get")]
    Task<SupervisionNotice?> Get();

    /// <exception cref="NoticeActionException">The notice is not waiting for an answer.</exception>
    [Alias("Answer")]
    Task<SupervisionNotice> Answer(string text, string by);

    /// <exception cref="NoticeActionException">The notice is closed.</exception>
    [Alias("Close")]
    Task<SupervisionNotice> Close(string note, string by);

    /// <summary>Raises the level and sets a new deadline; the unit must answer again.</summary>
    /// <exception cref="NoticeActionException">The notice is closed, or the new deadline is not later than now.</exception>
    [Alias("Escalate")]
    Task<SupervisionNotice> Escalate(DateTimeOffset deadline, string note, string by);
}
