namespace CommandCenter.Tasks;

/// <summary>One task: validates and records progress updates, then tells its campaign.</summary>
public sealed class TaskGrain(
    [PersistentState("task", StorageNames.Default)] IPersistentState<TaskState> state,
    DomainClock time) : Grain, ITaskGrain
{
    public async Task<TaskView> Define(TaskDefinition definition, IReadOnlyList<ProgressEntry>? history)
    {
        state.State.Definition = definition;
        if (history is not null)
        {
            state.State.History = history.TakeLast(TaskState.RecentHistoryLength).ToList();
            state.State.Actual = history.Count > 0 ? history[^1].Value : null;
        }

        state.State.Version++;
        await state.WriteStateAsync();
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
        state.State.Actual = report.Value;
        state.State.History.Add(entry);
        if (state.State.History.Count > TaskState.RecentHistoryLength)
        {
            state.State.History.RemoveAt(0);
        }

        state.State.Version++;
        await state.WriteStateAsync();

        var view = View(definition);
        await GrainFactory.GetGrain<ICampaignGrain>(definition.CampaignId).OnTaskChanged(view);
        return view;
    }

    public Task<TaskView?> GetView() =>
        Task.FromResult(state.State.Definition is { } definition ? View(definition) : null);

    public Task<IReadOnlyList<ProgressEntry>> GetHistory() =>
        Task.FromResult<IReadOnlyList<ProgressEntry>>(state.State.History.ToList());

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
            LastUpdate = state.State.History.LastOrDefault(),
        };
        return view.Evaluate(CampaignClock.Today(time, definition.TimeZone), definition.LagTolerance);
    }
}
