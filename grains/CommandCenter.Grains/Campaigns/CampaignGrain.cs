using CommandCenter.Wall;

namespace CommandCenter.Campaigns;

/// <summary>
/// One campaign: its plan and revision; keeps the latest view of each of its tasks in memory, rolls them up, numbers
/// every change and publishes it to the wall screens. The hold on its id while it is created is
/// <see cref="CampaignReservationGrain"/>, its weekly-report reminders <see cref="ReportReminderGrain"/>, the list of
/// campaigns <see cref="CampaignCatalogGrain"/>.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", StorageNames.Default)] IPersistentState<CampaignState> state,
    WallPublisher wall,
    DomainClock time) : Grain, ICampaignGrain, IRemindable
{
    /// <summary>How many recent changes a campaign keeps for screens catching up after a reconnect.</summary>
    public const int ChangeLogLength = 1000;

    /// <summary>How many of the last changes a fresh snapshot brings for the screen's live feed (the wall shows 12).</summary>
    public const int RecentLength = 12;

    private readonly Dictionary<string, TaskView> _tasks = [];
    private readonly LinkedList<WallChange> _log = new();
    private long _changes;

    private long Sequence => (state.State.Epoch << 32) + _changes;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Definition is { } definition)
        {
            state.State.Epoch++;
            await state.WriteStateAsync(cancellationToken);
            await LoadTasks(definition);
            await Reminders().Start();
        }
    }

    /// <summary>
    /// A reminder of the weekly report registered on this grain before reminders had their own grain: it is dropped,
    /// and the campaign's <see cref="IReportReminderGrain"/> takes over.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReportReminderGrain.ReminderName && await this.GetReminder(reminderName) is { } legacy)
        {
            await this.UnregisterReminder(legacy);
        }

        await Reminders().Start();
    }

    public async Task<bool> Create(CampaignDefinition definition, Guid reservation)
    {
        if (state.State.Definition is not null
            || !await GrainFactory.GetGrain<ICampaignReservationGrain>(this.GetPrimaryKeyString()).Claim(reservation))
        {
            return false;
        }

        await Save(definition with { Revision = 1 });
        return true;
    }

    public async Task<bool> Replace(CampaignDefinition definition)
    {
        if (state.State.Definition is not { } current || current.Revision != definition.Revision)
        {
            return false;
        }

        await Save(definition with { Revision = current.Revision + 1 });
        return true;
    }

    private async Task Save(CampaignDefinition definition)
    {
        state.State.Definition = definition;
        state.State.Epoch++;
        _changes = 0;
        _log.Clear();
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).Upsert(new CampaignSummary
        {
            Id = definition.Id,
            Name = definition.Name,
            StartDate = definition.StartDate,
            EndDate = definition.EndDate,
            TimeZone = definition.TimeZone,
        });
        await LoadTasks(definition);
        await Reminders().Start();

        // Screens cannot patch a new plan in change by change: they take the whole snapshot, numbered in the new epoch.
        if (await GetSnapshot() is { } snapshot)
        {
            await wall.PlanChanged(snapshot);
        }
    }

    public Task<CampaignDefinition?> GetDefinition() => Task.FromResult(state.State.Definition);

    public Task<CampaignSnapshot?> GetSnapshot()
    {
        if (state.State.Definition is not { } definition)
        {
            return Task.FromResult<CampaignSnapshot?>(null);
        }

        var rollup = Rollup(definition);
        var (progress, status) = rollup.Campaign();
        return Task.FromResult<CampaignSnapshot?>(new CampaignSnapshot
        {
            Id = definition.Id,
            Name = definition.Name,
            StartDate = definition.StartDate,
            EndDate = definition.EndDate,
            TimeZone = definition.TimeZone,
            Day = rollup.Day,
            TotalDays = rollup.TotalDays,
            TimeElapsed = rollup.TimeElapsed,
            Progress = progress,
            Status = status,
            Lines = definition.Lines.Select(rollup.Line).ToList(),
            Sequence = Sequence,
            GeneratedAt = time.GetUtcNow(),
        });
    }

    public Task OnTaskChanged(TaskView task) => OnTasksChanged([task]);

    /// <summary>
    /// Takes the newer task views, numbers one change for each, and publishes them together; the rollup is computed
    /// once for all of them (each change carries the rollup as of the whole batch, which its last change reaches).
    /// </summary>
    public Task OnTasksChanged(IReadOnlyList<TaskView> tasks)
    {
        if (state.State.Definition is not { } definition)
        {
            return Task.CompletedTask;
        }

        var accepted = new List<(TaskView Task, LineOfEffortDefinition Line)>();
        foreach (var task in tasks)
        {
            if (definition.Lines.FirstOrDefault(l => l.Code == task.LineCode) is { } line
                && !(_tasks.TryGetValue(task.Id, out var known) && known.Version > task.Version))
            {
                _tasks[task.Id] = task;
                accepted.Add((task, line));
            }
        }

        if (accepted.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rollup = Rollup(definition);
        var (progress, status) = rollup.Campaign();
        var campaign = new CampaignProgress { Day = rollup.Day, TimeElapsed = rollup.TimeElapsed, Progress = progress, Status = status };
        var lines = new Dictionary<string, LineProgress>(StringComparer.Ordinal);
        var at = time.GetUtcNow();
        var changes = new List<WallChange>(accepted.Count);
        foreach (var (task, line) in accepted)
        {
            if (!lines.TryGetValue(line.Code, out var lineProgress))
            {
                var lineView = rollup.Line(line);
                lines[line.Code] = lineProgress = new LineProgress { Code = line.Code, Progress = lineView.Progress, Status = lineView.Status };
            }

            _changes++;
            var change = new WallChange { CampaignId = definition.Id, Sequence = Sequence, At = at, Task = task, Line = lineProgress, Campaign = campaign };
            changes.Add(change);
            _log.AddLast(change);
            if (_log.Count > ChangeLogLength)
            {
                _log.RemoveFirst();
            }
        }

        return wall.Publish(changes).AsTask();
    }

    public async Task<WallCatchUp?> CatchUp(long sequence)
    {
        if (sequence >= Sequence && sequence >> 32 == state.State.Epoch)
        {
            return new WallCatchUp();
        }

        // The log reaches back to the change right after `sequence` only within this activation.
        if (_log.First is { } oldest && oldest.Value.Sequence <= sequence + 1 && sequence >> 32 == state.State.Epoch)
        {
            return new WallCatchUp { Changes = _log.Where(c => c.Sequence > sequence).ToList() };
        }

        return await GetSnapshot() is { } snapshot
            ? new WallCatchUp { Snapshot = snapshot, Recent = _log.Where(c => c.Sequence <= snapshot.Sequence).TakeLast(RecentLength).ToList() }
            : null;
    }

    public async Task<bool> ReloadWalls()
    {
        if (state.State.Definition is null)
        {
            return false;
        }

        await wall.Reload(this.GetPrimaryKeyString());
        return true;
    }

    private IReportReminderGrain Reminders() => GrainFactory.GetGrain<IReportReminderGrain>(this.GetPrimaryKeyString());

    private CampaignRollup Rollup(CampaignDefinition definition) =>
        new(definition, _tasks, CampaignClock.Today(time, definition.TimeZone));

    private async Task LoadTasks(CampaignDefinition definition)
    {
        var ids = definition.Lines.SelectMany(l => l.TaskIds).ToList();
        var views = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<ITaskGrain>(id).GetView()));
        _tasks.Clear();
        foreach (var view in views.OfType<TaskView>())
        {
            _tasks[view.Id] = view;
        }
    }
}
