using CommandCenter.Wall;

namespace CommandCenter.Campaigns;

/// <summary>
/// One campaign: keeps the latest view of each of its tasks in memory, rolls them up, numbers every change and
/// publishes it to the wall screens.
/// </summary>
public sealed class CampaignGrain(
    [PersistentState("campaign", StorageNames.Default)] IPersistentState<CampaignState> state,
    WallPublisher wall,
    DomainClock time,
    ReminderWebhook webhook,
    ILogger<CampaignGrain> logger) : Grain, ICampaignGrain, IRemindable
{
    /// <summary>How long before the weekly deadline units that have not reported are reminded.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(3);

    private const string ReportReminder = "weekly-report-reminder";

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
            await this.RegisterOrUpdateReminder(ReportReminder, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ReportReminder)
        {
            await RemindReporters();
        }
    }

    public async Task<IReadOnlyList<string>> RemindReporters()
    {
        if (state.State.Definition is not { } definition)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var week = ReportWeek.Current(time, definition.TimeZone);
        var deadline = ReportWeek.Deadline(week, definition.ReportDay, definition.ReportTime, definition.TimeZone);
        if (now < deadline - ReminderLead || now > deadline)
        {
            return [];
        }

        var reminded = await GrainFactory.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(definition.Id, week)).RemindPending();
        if (reminded.Count > 0)
        {
            logger.LogInformation("Reminded {Units} of the weekly report of {Campaign} due {Deadline}", string.Join("、", reminded), definition.Id, deadline);
            foreach (var unit in reminded)
            {
                webhook.Enqueue(new ReminderMessage(definition.Id, definition.Name, unit, week, deadline, now));
            }
        }

        return reminded;
    }

    /// <summary>How long a creation may hold the campaign id while it stores the tasks.</summary>
    public static readonly TimeSpan ReservationLength = TimeSpan.FromMinutes(10);

    private (Guid Token, DateTimeOffset Until)? _reservation;

    public Task<bool> Reserve(Guid token)
    {
        if (state.State.Definition is not null || token == Guid.Empty || HeldByOther(token))
        {
            return Task.FromResult(false);
        }

        _reservation = (token, time.GetUtcNow() + ReservationLength);
        DelayDeactivation(ReservationLength);
        return Task.FromResult(true);
    }

    public Task Release(Guid token)
    {
        if (_reservation?.Token == token)
        {
            _reservation = null;
        }

        return Task.CompletedTask;
    }

    public async Task<bool> Create(CampaignDefinition definition, Guid reservation)
    {
        if (state.State.Definition is not null || HeldByOther(reservation))
        {
            return false;
        }

        _reservation = null;
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

    private bool HeldByOther(Guid token) => _reservation is { } held && held.Token != token && held.Until > time.GetUtcNow();

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
        await this.RegisterOrUpdateReminder(ReportReminder, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

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
