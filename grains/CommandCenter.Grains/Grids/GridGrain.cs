using Microsoft.Extensions.Options;

namespace CommandCenter.Grids;

/// <summary>
/// One grid: numbers its cases, keeps its counts (and each unit's) from its cases' changes, and finds overdue cases
/// itself: a timer (and one Orleans reminder per grid, for restarts) looks at the front of a deadline-ordered queue of
/// its open cases, so a check costs only the cases already due.
/// </summary>
public sealed class GridGrain(
    [PersistentState("grid", StorageNames.Default)] IPersistentState<GridState> state,
    IOptions<GridOptions> options,
    CommandCenter.Ledger.ICaseLedger ledger,
    WallPublisher wall,
    DomainClock time,
    ILogger<GridGrain> logger) : Grain, IGridGrain, IRemindable
{
    private const string OverdueReminder = "overdue-check";

    /// <summary>How many reports' idempotency keys a grid remembers (a client retries within minutes, not thousands of reports later).</summary>
    private const int MaxRememberedKeys = 1000;
    /// <summary>How long to wait for a case asked to flag itself overdue before asking again.</summary>
    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMinutes(1);

    private readonly DeadlineQueue _due = new();
    private readonly Dictionary<string, DateTimeOffset> _asked = [];

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, open) in state.State.Open.Where(o => !o.Value.Overdue))
        {
            _due.Set(id, open.Deadline);
        }

        var period = options.Value.OverdueCheckPeriod;
        this.RegisterGrainTimer(_ => CheckOverdue(), new GrainTimerCreationOptions(period, period) { KeepAlive = false });
        return Task.CompletedTask;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == OverdueReminder)
        {
            await CheckOverdue();
        }
    }

    public async Task Define(GridDefinition definition)
    {
        state.State.Definition = definition;
        state.State.Version++;
        await state.WriteStateAsync();
        PushRow();
    }

    public Task<GridRow?> GetRow() => Task.FromResult(state.State.Definition is null ? null : Row());

    public async Task<Outcome<CaseView>> Report(NewCase report)
    {
        if (state.State.Definition is not { } grid)
        {
            return UnknownGrid();
        }

        var rules = await GrainFactory.GetGrain<ICaseRulesGrain>(grid.CampaignId ?? ICaseRulesGrain.NoCampaign).Get();
        if (CaseCategories.Find(rules.Categories, report.Category, report.Subcategory) is not { } category)
        {
            return Refusal.Invalid(rules.Categories.Any(c => c.Category == report.Category) ? "subcategory" : "category",
                $"未知的案件类别 {report.Category}/{report.Subcategory} / unknown category or subcategory.");
        }

        var key = report.RequestKey is { } given ? $"{report.By}/{given}" : null;
        if (key is not null && state.State.Reported.FirstOrDefault(r => r.Key == key) is { } earlier
            && await GrainFactory.GetGrain<ICaseGrain>(earlier.CaseId).Get() is { } stored)
        {
            return stored;
        }

        // The number is reserved durably first, so a failed report never reuses an id.
        state.State.LastNumber++;
        await state.WriteStateAsync();

        var now = time.GetUtcNow();
        var view = new CaseView
        {
            Id = $"{Code}.{state.State.LastNumber}",
            GridCode = Code,
            CampaignId = grid.CampaignId,
            Category = category.Category,
            Subcategory = category.Subcategory,
            Source = report.Source,
            Description = report.Description,
            Location = report.Location,
            Latitude = report.Latitude,
            Longitude = report.Longitude,
            Status = CaseStatus.Reported,
            ReportedAt = now,
            ReportedBy = report.By,
            Limit = category.Limit,
            Deadline = WorkingTime.Deadline(rules.Calendar, now, category.Limit),
            Steps = [new CaseStep { At = now, By = report.By, To = CaseStatus.Reported }],
            Version = 1,
        };
        return await Store([view], key, tick: view) is { } refused ? refused : view;
    }

    public Task OnCaseChanged(CaseChange change) => Apply(change);

    public async Task<Outcome<IReadOnlyList<string>>> Import(IReadOnlyList<HistoricalCase> cases)
    {
        if (state.State.Definition is not { } grid)
        {
            return UnknownGrid();
        }

        var rules = await GrainFactory.GetGrain<ICaseRulesGrain>(grid.CampaignId ?? ICaseRulesGrain.NoCampaign).Get();
        var first = state.State.LastNumber + 1;
        var now = time.GetUtcNow();
        var views = cases.Select((c, i) => HistoricalCases.ToView(c, i, $"{Code}.{first + i}", grid, rules, now)).ToList();
        if (views.Find(v => v.Refusal is not null) is { Refusal: { } invalid })
        {
            return invalid;
        }

        state.State.LastNumber += cases.Count;
        await state.WriteStateAsync();
        return await Store(views.Select(v => v.Value!).ToList(), null, tick: null) is { } refused
            ? refused
            : Outcome<IReadOnlyList<string>>.Of(views.Select(v => v.Value!.Id).ToList());
    }

    public Task<int> CheckOverdue()
    {
        var now = time.GetUtcNow();
        var asked = 0;
        foreach (var id in _due.Due(now))
        {
            if (_asked.TryGetValue(id, out var at) && now - at < AskAgainAfter)
            {
                continue;
            }

            _asked[id] = now;
            GrainFactory.GetGrain<ICaseGrain>(id).MarkOverdueIfDue().Ignore();
            asked++;
        }

        return Task.FromResult(asked);
    }

    /// <summary>
    /// Stores new cases all or nothing (each case, its ledger row, the grid's counts and the report's idempotency key),
    /// then tells the wall (<paramref name="tick"/>: a new case). If any of it fails, what was stored is removed before
    /// the error or refusal goes back, so no case is visible anywhere and a retry leaves no orphan behind.
    /// </summary>
    private async Task<Refusal?> Store(IReadOnlyList<CaseView> views, string? key, CaseView? tick)
    {
        try
        {
            await Task.WhenAll(views.Select(c => GrainFactory.GetGrain<ICaseGrain>(c.Id).Create(c)));
            await ledger.Upsert(views);
            foreach (var view in views)
            {
                Count(new CaseChange { Case = view, Before = CaseStats.Zero, After = CaseCounting.Of(view) });
            }

            if (key is not null)
            {
                state.State.Reported.Add(new ReportedKey(key, views[0].Id));
                state.State.Reported.RemoveRange(0, Math.Max(0, state.State.Reported.Count - MaxRememberedKeys));
            }

            await Save();
        }
        catch (Exception failure)
        {
            await Undo(views, failure);
            if (CommandCenter.Storage.Errors.DatabaseErrors.DataError(failure) is { } refused)
            {
                return Refusal.Invalid(refused.ColumnName ?? "description",
                    $"数据库拒绝了案件内容（{refused.SqlState}），未保存任何内容 / the database refused the case's content; nothing was stored.");
            }

            throw;
        }

        await Publish(tick);
        return null;
    }

    private async Task Undo(IReadOnlyList<CaseView> views, Exception failure)
    {
        foreach (var view in views)
        {
            _due.Remove(view.Id);
        }

        try
        {
            await Task.WhenAll(views.Select(c => GrainFactory.GetGrain<ICaseGrain>(c.Id).Discard()));
            await ledger.Remove(views.Select(v => v.Id).ToList());
        }
        catch (Exception undo)
        {
            logger.LogWarning(undo, "Grid {Grid} could not remove {Count} cases whose report failed ({Failure})", Code, views.Count, failure.GetType().Name);
        }
    }

    private async Task Apply(CaseChange change)
    {
        await ledger.Upsert([change.Case]);
        Count(change);
        await Save();
        await Publish(change.Case);
    }

    /// <summary>Tells the campaign's wall screens (grids outside a campaign have none).</summary>
    private ValueTask Publish(CaseView? changed) =>
        state.State.Definition is { CampaignId: { } campaignId } grid
            ? wall.CaseChanged(new CaseWallChange
            {
                CampaignId = campaignId,
                Grid = new GridTile { Code = grid.Code, Name = grid.Name, District = grid.District, Stats = state.State.Stats },
                Case = changed is null or { Status: CaseStatus.Withdrawn } ? null : changed.Tick(time.GetUtcNow()), // a withdrawn case leaves the feed
            })
            : ValueTask.CompletedTask;

    /// <summary>Moves the counts by what the case counted for after the change minus before it, and updates the open-case index.</summary>
    private void Count(CaseChange change)
    {
        var view = change.Case;
        state.State.Stats = state.State.Stats - change.Before + change.After;
        if (change.BeforeUnit is { } oldUnit)
        {
            state.State.Units[oldUnit] = state.State.Units.GetValueOrDefault(oldUnit, CaseStats.Zero) - change.Before;
        }

        if (view.Unit is { } unit)
        {
            state.State.Units[unit] = state.State.Units.GetValueOrDefault(unit, CaseStats.Zero) + change.After;
        }

        if (!view.IsOpen)
        {
            state.State.Open.Remove(view.Id);
        }
        else
        {
            state.State.Open[view.Id] = new OpenCase { Deadline = view.Deadline, Overdue = view.Overdue };
        }

        if (view.IsOpen && !view.Overdue)
        {
            _due.Set(view.Id, view.Deadline);
        }
        else
        {
            _due.Remove(view.Id);
            _asked.Remove(view.Id);
        }
    }

    private async Task Save()
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        if (!state.State.ReminderRegistered && _due.Count > 0)
        {
            await this.RegisterOrUpdateReminder(OverdueReminder, options.Value.ReminderPeriod, options.Value.ReminderPeriod);
            state.State.ReminderRegistered = true;
            await state.WriteStateAsync();
        }

        PushRow();
    }

    private Refusal UnknownGrid() => Refusal.Invalid("gridCode", $"网格 {Code} 不存在 / grid '{Code}' does not exist.");

    private void PushRow() =>
        GrainFactory.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Update(Row()).Ignore();

    private GridRow Row() => new()
    {
        Grid = state.State.Definition!,
        Stats = state.State.Stats,
        Units = new Dictionary<string, CaseStats>(state.State.Units),
        Version = state.State.Version,
    };
}
