namespace CommandCenter.Tasks;

/// <summary>
/// One task: validates a progress update, appends it to the task's history, stores the new state, then tells its
/// campaign. The update is acknowledged only after both writes.
/// </summary>
public sealed class TaskGrain(
    [PersistentState("task", StorageNames.Default)] IPersistentState<TaskState> state,
    ITaskHistory changes,
    DomainClock time) : Grain, ITaskGrain
{
    public async Task<TaskView> Define(TaskDefinition definition, IReadOnlyList<ProgressEntry>? history)
    {
        state.State.Definition = definition;
        if (history is not null)
        {
            // Seeded or imported updates become versions 1..n of the history; the definition itself is the next version.
            await changes.Append(history.Select((entry, i) => Change(definition, i + 1, entry, i > 0 ? history[i - 1].Value : null)).ToList());
            state.State.LastUpdate = history.Count > 0 ? history[^1] : null;
            state.State.Actual = state.State.LastUpdate?.Value;
            state.State.Version = Math.Max(state.State.Version, history.Count);
        }

        state.State.Version++;
        await Write();
        return View(definition);
    }

    public async Task<TaskView> ReportProgress(ProgressReport report)
    {
        var definition = state.State.Definition ?? throw new TaskNotFoundException(this.GetPrimaryKeyString());
        if (report.BaseVersion is { } seen && seen != state.State.Version)
        {
            throw new StaleVersionException(View(definition));
        }

        ProgressValidation.Check(definition.Target, report);

        var entry = new ProgressEntry { At = time.GetUtcNow(), By = report.By, Value = report.Value, Note = report.Note };
        await changes.Append([Change(definition, state.State.Version + 1, entry, state.State.Actual) with { EvidenceIds = report.EvidenceIds }]);
        state.State.Actual = report.Value;
        state.State.LastUpdate = entry;

        state.State.Version++;
        await Write();

        var view = View(definition);
        await GrainFactory.GetGrain<ICampaignGrain>(definition.CampaignId).OnTaskChanged(view);
        return view;
    }

    public Task<TaskView?> GetView() =>
        Task.FromResult(state.State.Definition is { } definition ? View(definition) : null);

    public Task<IReadOnlyList<TaskChange>> GetHistory() =>
        state.State.Definition is null ? Task.FromResult<IReadOnlyList<TaskChange>>([]) : changes.Read(this.GetPrimaryKeyString(), state.State.Version);

    /// <summary>Stores the state; if that fails, goes back to what is stored, so nothing unacknowledged lingers in memory.</summary>
    private async Task Write()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }

    private static TaskChange Change(TaskDefinition definition, int version, ProgressEntry entry, decimal? before) => new()
    {
        TaskId = definition.Id,
        CampaignId = definition.CampaignId,
        Version = version,
        At = entry.At,
        By = entry.By,
        Before = before,
        After = entry.Value,
        Note = entry.Note,
    };

    private TaskView View(TaskDefinition definition)
    {
        var view = new TaskView
        {
            Id = definition.Id,
            CampaignId = definition.CampaignId,
            LineCode = definition.LineCode,
            Code = definition.Code,
            Title = definition.Title,
            OwnerUnit = definition.OwnerUnit,
            CoUnits = definition.CoUnits,
            StartDate = definition.StartDate,
            DueDate = definition.DueDate,
            Target = definition.Target,
            Actual = state.State.Actual,
            Progress = 0,
            TimeElapsed = 0,
            Status = ProgressStatus.NotStarted,
            Version = state.State.Version,
            LastUpdate = state.State.LastUpdate,
        };
        return view.Evaluate(CampaignClock.Today(time, definition.TimeZone), definition.LagTolerance);
    }
}
