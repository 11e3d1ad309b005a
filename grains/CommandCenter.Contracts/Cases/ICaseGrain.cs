using CommandCenter.Grids;

namespace CommandCenter.Cases;

/// <summary>One case, keyed by its id ("{gridCode}.{n}").</summary>
[Alias("ICaseGrain")]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Stores a new case (called by its grid).</summary>
    [Alias("Create")]
    Task Create(CaseView view);

    /// <summary>Removes a case whose report did not complete (called by its grid, before it answers the error).</summary>
    [Alias("Discard")]
    Task Discard();

    [AlwaysInterleave, Alias("Get")]
    Task<CaseView?> Get();

    /// <summary>
    /// Moves the case on; answers only after the new state is durable and the grid counted it. Refused as
    /// <see cref="RefusalKind.NotAllowedNow"/> (with the case as it is) when the lifecycle forbids it.
    /// </summary>
    [Alias("Transition")]
    Task<Outcome<CaseView>> Transition(CaseTransition transition);

    /// <summary>Withdraws the case (作废): it then counts nowhere; a closed case's count toward its task is taken back.</summary>
    /// <remarks>Refused as <see cref="RefusalKind.NotAllowedNow"/> when already withdrawn, without a reason, or past the reporter's hour.</remarks>
    [Alias("Withdraw")]
    Task<Outcome<CaseView>> Withdraw(CaseWithdrawal withdrawal);

    /// <summary>Attaches a stored photo (evidence); refused (<see cref="RefusalKind.Invalid"/>, <c>file</c>) once the case holds <see cref="CaseView.MaxPhotos"/>.</summary>
    [Alias("AddPhoto")]
    Task<Outcome<CaseView>> AddPhoto(long photoId);

    /// <summary>Asked by the grid's overdue check: flags the case overdue if it is open past its deadline.</summary>
    [OneWay, Alias("MarkOverdueIfDue")]
    Task MarkOverdueIfDue();
}
