namespace CommandCenter.Supervision;

/// <summary>One supervision notice, keyed by its id.</summary>
[Alias("ISupervisionNoticeGrain")]
public interface ISupervisionNoticeGrain : IGrainWithStringKey
{
    /// <summary>Stores a new notice; refused (<see cref="RefusalKind.Conflict"/>) when the id is taken.</summary>
    [Alias("Issue")]
    Task<Outcome<SupervisionNotice>> Issue(SupervisionNotice notice);

    [AlwaysInterleave, Alias("Get")]
    Task<SupervisionNotice?> Get();

    /// <summary>The unit's answer; refused (<see cref="RefusalKind.NotAllowedNow"/>) when the notice is not waiting for one.</summary>
    [Alias("Answer")]
    Task<Outcome<SupervisionNotice>> Answer(string text, string by);

    /// <summary>Closes the notice; refused (<see cref="RefusalKind.NotAllowedNow"/>) when it is closed already.</summary>
    [Alias("Close")]
    Task<Outcome<SupervisionNotice>> Close(string note, string by);

    /// <summary>
    /// Raises the level and sets a new deadline; the unit must answer again. Refused
    /// (<see cref="RefusalKind.NotAllowedNow"/>) when the notice is closed or the new deadline is not later than now.
    /// </summary>
    [Alias("Escalate")]
    Task<Outcome<SupervisionNotice>> Escalate(DateTimeOffset deadline, string note, string by);
}
