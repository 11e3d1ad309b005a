namespace CommandCenter.Tasks;

/// <summary>
/// One task: validates a progress update, stores the new state together with its history entry (one commit, shared
/// with other tasks' writes by the silo's group commit), then tells its campaign. The update is acknowledged only
/// after the commit; until then the grain keeps its previous state.
/// </summary>
public sealed class TaskGrain(ITaskStore store, CampaignNotifier campaigns, DomainClock time, ILogger<TaskGrain> logger) : Grain, ITaskGrain
{
    private TaskState _state = new();
    private bool _stored;
    private bool _reload;

    private string Id => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Load();

    public async Task<TaskView> Define(TaskDefinition definition, IReadOnlyList<ProgressEntry>? history)
    {
        await ReloadIfNeeded();
        var next = new TaskState { Definition = definition, Actual = _state.Actual, LastUpdate = _state.LastUpdate, Version = _state.Version };
        var changes = new List<TaskChange>();
        if (history is not null)
        {
            // Seeded or imported updates become versions 1..n of the history; the definition itself is the next version.
            changes.AddRange(history.Select((entry, i) => Change(definition, i + 1, entry, i > 0 ? history[i - 1].Value : null)));
            next.LastUpdate = history.Count > 0 ? history[^1] : null;
            next.Actual = next.LastUpdate?.Value;
            next.Version = Math.Max(next.Version, history.Count);
        }

        next.Version++;
        await Write(next, changes);
        return View(definition);
    }

    public Task<Outcome<TaskView>> ReportProgress(ProgressReport report) => ReportProgress(report, null);

    public async Task<Outcome<TaskView>> ReportProgress(ProgressReport report, string? unit)
    {
        await ReloadIfNeeded();
        if (_state.Definition is not { } definition)
        {
            return Refusal.NotFound($"Task '{Id}' does not exist.");
        }

        if (unit is not null && unit != definition.OwnerUnit)
        {
            return Refusal.Forbidden($"Task '{Id}' belongs to {definition.OwnerUnit}; your account may not update it.");
        }

        if (report.BaseVersion is { } seen && seen != _state.Version)
        {
            return Refusal.Stale(
                $"baseVersion {seen} is not the current version {_state.Version}; nothing was stored. Review the current state and try again.",
                View(definition));
        }

        return await Record(definition, report);
    }

    public async Task<Outcome<TaskView>> CountCase(CaseCount count)
    {
        await ReloadIfNeeded();
        if (_state.Definition is not { } definition)
        {
            return Refusal.NotFound($"Task '{Id}' does not exist.");
        }

        // Read and written in this one turn: no other call to this task runs in between, so no count is lost.
        return await Record(definition, new ProgressReport { Value = Math.Max(0, (_state.Actual ?? 0) + count.Delta), Note = count.Note, By = count.By });
    }

    /// <summary>Checks the report against the target, stores it as the next version, then tells the campaign.</summary>
    private async Task<Outcome<TaskView>> Record(TaskDefinition definition, ProgressReport report)
    {
        if (ProgressValidation.Check(definition.Target, report) is { } invalid)
        {
            return invalid;
        }

        var entry = new ProgressEntry { At = time.GetUtcNow(), By = report.By, Value = report.Value, Note = report.Note };
        var next = new TaskState { Definition = definition, Actual = report.Value, LastUpdate = entry, Version = _state.Version + 1 };
        try
        {
            await Write(next, [Change(definition, next.Version, entry, _state.Actual) with { EvidenceIds = report.EvidenceIds }]);
        }
        catch (Npgsql.PostgresException refused) when (CommandCenter.Storage.Errors.DatabaseErrors.IsCausedByData(refused))
        {
            // The update's own content was refused (the group commit stored the others of its batch): the caller's fault.
            return Refusal.Invalid("note", $"数据库拒绝了这条更新的内容（{refused.SqlState}），未保存任何内容 / the database refused this update's content; nothing was stored.");
        }

        var view = View(definition);
        await campaigns.TaskChanged(view);
        return view;
    }

    public Task<TaskView?> GetView() =>
        Task.FromResult(_state.Definition is { } definition ? View(definition) : null);

    public Task<IReadOnlyList<TaskChange>> GetHistory() =>
        _state.Definition is null ? Task.FromResult<IReadOnlyList<TaskChange>>([]) : store.History(Id, _state.Version);

    private async Task Load()
    {
        var stored = await store.Read(Id);
        (_state, _stored) = (stored ?? new TaskState(), stored is not null);
    }

    private async Task ReloadIfNeeded()
    {
        if (_reload)
        {
            await Load();
            _reload = false;
        }
    }

    /// <summary>
    /// Stores the next state; only once it has committed does the grain take it. If the write fails, the grain goes
    /// back to what is stored (a commit whose answer was lost may have stored it after all); if even that cannot be
    /// read (the database is down), it keeps answering reads from the last state it knows committed and reads the
    /// stored state before its next write.
    /// </summary>
    private async Task Write(TaskState next, IReadOnlyList<TaskChange> changes)
    {
        try
        {
            await store.Write(Id, _stored ? _state.Version : null, next, changes);
        }
        catch
        {
            try
            {
                await Load();
            }
            catch (Exception reload)
            {
                logger.LogWarning(reload, "Task {Task} could not reload its state after a failed write; it will before its next write", Id);
                _reload = true;
            }

            throw;
        }

        (_state, _stored) = (next, true);
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
            Actual = _state.Actual,
            Progress = 0,
            TimeElapsed = 0,
            Status = ProgressStatus.NotStarted,
            Version = _state.Version,
            LastUpdate = _state.LastUpdate,
        };
        return view.Evaluate(CampaignClock.Today(time, definition.TimeZone), definition.LagTolerance);
    }
}
