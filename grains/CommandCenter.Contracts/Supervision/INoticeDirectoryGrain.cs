namespace CommandCenter.Supervision;

/// <summary>Every notice, for the office's list, each unit's inbox and the ledger; keyed <see cref="Key"/>.</summary>
[Alias("INoticeDirectoryGrain")]
public interface INoticeDirectoryGrain : IGrainWithStringKey
{
    const string Key = "all";

    [Alias("Put")]
    Task Put(SupervisionNotice notice);

    /// <summary>Every notice with its stage as of now, newest first.</summary>
    [AlwaysInterleave, Alias("List")]
    Task<IReadOnlyList<SupervisionNotice>> List();
}
