using CommandCenter.Grids;

namespace CommandCenter.Cases;

/// <summary>
/// One case: enforces its lifecycle, stores each step, then tells its grid what the change counts for. Closing a case
/// of a category a task counts moves that task's value by one (withdrawing a closed case takes it back) through the
/// task's own increment, <see cref="ITaskGrain.CountCase"/>.
/// </summary>
public sealed class CaseGrain(
    [PersistentState("case", StorageNames.Default)] IPersistentState<CaseState> state,
    DomainClock time,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain
{
    public async Task Create(CaseView view)
    {
        if (state.State.Case is not null)
        {
            throw new InvalidOperationException($"Case {view.Id} exists.");
        }

        state.State.Case = view;
        await state.WriteStateAsync();
    }

    public async Task Discard()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<CaseView?> Get() => Task.FromResult(state.State.Case);

    public Task<Outcome<CaseView>> Transition(CaseTransition transition) =>
        Step(before => CaseSteps.Apply(before, transition, time.GetUtcNow()), async (_, after) =>
        {
            if (after.Status == CaseStatus.Closed)
            {
                await CountTowardTask(after, +1, transition.By, $"案件 {after.Id} 销号 / case closed");
            }
        });

    public Task<Outcome<CaseView>> Withdraw(CaseWithdrawal withdrawal) =>
        Step(before => CaseSteps.Withdraw(before, withdrawal, time.GetUtcNow()), async (before, after) =>
        {
            logger.LogInformation("Case {Case} ({Status}) withdrawn by {By}: {Reason}", after.Id, before.Status, withdrawal.By, after.WithdrawnReason);
            if (before.Status == CaseStatus.Closed)
            {
                await CountTowardTask(before, -1, withdrawal.By, $"案件 {before.Id} 作废，撤回其销号计数 / case withdrawn: its close-out no longer counts");
            }
        });

    public async Task<Outcome<CaseView>> AddPhoto(long photoId)
    {
        if (state.State.Case is not { } before)
        {
            return Missing();
        }

        if (before.PhotoIds.Count >= CaseView.MaxPhotos)
        {
            // Checked here, one call at a time, so uploads racing past the web host's check cannot exceed the cap.
            return Refusal.Invalid("file", $"每个案件最多 {CaseView.MaxPhotos} 张照片 / a case holds at most {CaseView.MaxPhotos} photos.");
        }

        var after = before with { PhotoIds = [.. before.PhotoIds, photoId], Version = before.Version + 1 };
        return await Save(before, after) is { } refused ? refused : after;
    }

    public async Task MarkOverdueIfDue()
    {
        if (state.State.Case is { IsOpen: true, Overdue: false } before && time.GetUtcNow() >= before.Deadline)
        {
            await Save(before, before with { Overdue = true, Version = before.Version + 1 });
        }
    }

    /// <summary>A step the case's rules allow: stored, counted by the grid, then what follows from it (<paramref name="then"/>).</summary>
    private async Task<Outcome<CaseView>> Step(Func<CaseView, Outcome<CaseView>> rule, Func<CaseView, CaseView, Task> then)
    {
        if (state.State.Case is not { } before)
        {
            return Missing();
        }

        var applied = rule(before);
        if (applied.Value is not { } after)
        {
            return applied;
        }

        if (await Save(before, after) is { } refused)
        {
            return refused;
        }

        await then(before, after);
        return after;
    }

    /// <summary>Stores the step and has the grid count it; null when both happened, a refusal when the database refused the step's content (the case is unchanged).</summary>
    private async Task<Refusal?> Save(CaseView before, CaseView after)
    {
        state.State.Case = after;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        try
        {
            await GrainFactory.GetGrain<IGridGrain>(after.GridCode).OnCaseChanged(new CaseChange
            {
                Case = after,
                Before = CaseCounting.Of(before),
                BeforeUnit = before.Unit,
                After = CaseCounting.Of(after),
            });
        }
        catch (Exception failure)
        {
            // The grid did not count the step: the case goes back to where it was, so an error answer means no step.
            await Restore(before, failure);
            if (CommandCenter.Storage.Errors.DatabaseErrors.DataError(failure) is { } refused)
            {
                return Refusal.Invalid(refused.ColumnName ?? "note",
                    $"数据库拒绝了这一步的内容（{refused.SqlState}），案件未变 / the database refused this step's content; the case is unchanged.");
            }

            throw;
        }

        return null;
    }

    private Refusal Missing() => Refusal.NotFound($"Case {this.GetPrimaryKeyString()} does not exist.");

    private async Task Restore(CaseView before, Exception failure)
    {
        state.State.Case = before;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception restore)
        {
            logger.LogWarning(restore, "Case {Case} could not undo a step its grid did not count ({Failure})", before.Id, failure.GetType().Name);
            await state.ReadStateAsync();
        }
    }

    /// <summary>Moves the task linked to the case's category by <paramref name="delta"/>: the task applies it to its own current value.</summary>
    private async Task CountTowardTask(CaseView closed, int delta, string by, string note)
    {
        var rules = await GrainFactory.GetGrain<ICaseRulesGrain>(closed.CampaignId ?? ICaseRulesGrain.NoCampaign).Get();
        if (rules.TaskLinks.FirstOrDefault(l => l.Matches(closed.Category, closed.Subcategory)) is not { } link)
        {
            return;
        }

        var counted = await GrainFactory.GetGrain<ITaskGrain>(link.TaskId).CountCase(new CaseCount { Delta = delta, By = by, Note = note });
        if (counted.Refusal is { Kind: RefusalKind.NotFound })
        {
            logger.LogWarning("Case {Case} counts toward task {Task}, which does not exist", closed.Id, link.TaskId);
        }
        else if (counted.Refusal is { } refused)
        {
            logger.LogWarning("Case {Case} could not be counted toward task {Task}: {Reason}", closed.Id, link.TaskId, refused.Reason);
        }
    }
}
