namespace CommandCenter.Assessment;

/// <summary>
/// A campaign's assessment: scheme versions, adjustments and events (grain state), published periods (insert-only
/// rows, read once on activation), live standings computed from the cluster on request, the accountability record.
/// </summary>
public sealed class AssessmentGrain(
    [PersistentState("assessment", StorageNames.Default)] IPersistentState<AssessmentState> state,
    IPublishedPeriods store, AssessmentSources sources, WallPublisher wall, DomainClock time) : Grain, IAssessmentGrain
{
    private List<PublishedPeriod> _published = [];

    private string CampaignId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken) => _published = [.. await store.All(CampaignId)];

    public async Task<AssessmentScheme> GetScheme(string? period) =>
        period is not null && AssessmentPeriod.TryParse(period, out var p) ? SchemeFor(p.Start) : SchemeFor(await Today());

    public Task<IReadOnlyList<AssessmentScheme>> GetSchemes() => Task.FromResult<IReadOnlyList<AssessmentScheme>>(state.State.Schemes.ToList());

    public async Task<Outcome<AssessmentScheme>> SaveScheme(AssessmentScheme scheme)
    {
        if (await Campaign() is not { } campaign)
        {
            return Refusal.NotFound("专项行动不存在 / unknown campaign.", "campaignId");
        }

        if (SchemeChecks.Scheme(scheme) is { } refusal)
        {
            return refusal;
        }

        var current = Current(campaign);
        var next = AssessmentPeriod.Of(scheme.Period, current.End.AddDays(1));
        next = next.Start <= current.End ? next.Next : next;
        var saved = scheme with { Version = (state.State.Schemes.LastOrDefault()?.Version ?? 0) + 1, EffectiveFrom = next.Key };
        state.State.Schemes.RemoveAll(s => s.EffectiveFrom == saved.EffectiveFrom);
        state.State.Schemes.Add(saved);
        await state.WriteStateAsync();
        return saved;
    }

    public async Task<Outcome<Adjustment>> AddAdjustment(Adjustment adjustment)
    {
        if (await Check(adjustment.Subject, "subject", adjustment.Date) is { } refusal)
        {
            return refusal;
        }

        var cap = SchemeFor(adjustment.Date).AdjustmentCap;
        if (!double.IsFinite(adjustment.Points) || adjustment.Points == 0 || Math.Abs(adjustment.Points) > cap)
        {
            return Refusal.Invalid("points", $"加减分须为非零且不超过 ±{cap:0.#} 分 / points must be non-zero and within ±{cap:0.#}.");
        }

        if ((SchemeChecks.Text(adjustment.Reason) is { } why ? Refusal.Invalid("reason", why) : SchemeChecks.Optional(adjustment.Evidence, "evidence")) is { } text)
        {
            return text;
        }

        state.State.Adjustments.Add(adjustment with { Id = $"a{state.State.Adjustments.Count + 1}", At = time.GetUtcNow() });
        await Saved();
        return state.State.Adjustments[^1];
    }

    public async Task<Outcome<BlacklistEvent>> AddEvent(BlacklistEvent blacklistEvent)
    {
        var refusal = await Check(blacklistEvent.Unit, "unit", blacklistEvent.Date)
            ?? (SchemeChecks.Text(blacklistEvent.Note) is { } why ? Refusal.Invalid("note", why) : SchemeChecks.Optional(blacklistEvent.Evidence, "evidence"));
        if (refusal is not null)
        {
            return refusal;
        }

        state.State.Events.Add(blacklistEvent with { Id = $"e{state.State.Events.Count + 1}", At = time.GetUtcNow() });
        await Saved();
        return state.State.Events[^1];
    }

    public Task<IReadOnlyList<Adjustment>> GetAdjustments() => Task.FromResult<IReadOnlyList<Adjustment>>(state.State.Adjustments.ToList());

    public Task<IReadOnlyList<BlacklistEvent>> GetEvents() => Task.FromResult<IReadOnlyList<BlacklistEvent>>(state.State.Events.ToList());

    public async Task<Standings?> GetStandings(SubjectKind subjects, string? period)
    {
        if (await Campaign() is not { } campaign)
        {
            return null;
        }

        var p = period is not null && AssessmentPeriod.TryParse(period, out var parsed) ? parsed : Current(campaign);
        if (Latest(p.Key) is { } published)
        {
            return Snapshot(published, subjects);
        }

        return await Inputs(campaign, p) is { } inputs ? Live(inputs, subjects) : null;
    }

    public async Task<StandingsBoard?> GetBoard()
    {
        if (await Campaign() is not { } campaign)
        {
            return null;
        }

        var p = Current(campaign);
        var last = _published.OrderByDescending(x => x.Number).FirstOrDefault()?.Period;
        if (Latest(p.Key) is { } published)
        {
            return new() { CampaignId = CampaignId, Period = p.Key, Units = Snapshot(published, SubjectKind.Units), Grids = Snapshot(published, SubjectKind.Grids), Districts = Snapshot(published, SubjectKind.Districts), LastPublished = last };
        }

        if (await Inputs(campaign, p) is not { } inputs)
        {
            return null;
        }

        return new() { CampaignId = CampaignId, Period = p.Key, Units = Live(inputs, SubjectKind.Units), Grids = Live(inputs, SubjectKind.Grids), Districts = Live(inputs, SubjectKind.Districts), LastPublished = last };
    }

    public Task<Outcome<PublishedPeriod>> Publish(string period, string by) => Store(period, null, by);

    public Task<Outcome<PublishedPeriod>> Revise(string period, string note, string by) => Store(period, note, by);

    public Task<PublishedPeriod?> GetPublished(string period, int? revision) =>
        Task.FromResult(revision is { } r ? _published.FirstOrDefault(p => p.Period == period && p.Revision == r) : Latest(period));

    public Task<IReadOnlyList<PublishedPeriod>> GetHistory() => Task.FromResult<IReadOnlyList<PublishedPeriod>>(
        _published.GroupBy(p => p.Period).Select(g => g.MaxBy(p => p.Revision)!).OrderBy(p => p.Number).ToList());

    public Task<IReadOnlyList<AccountabilityRecord>> GetAccountability() => Task.FromResult<IReadOnlyList<AccountabilityRecord>>(
        state.State.Accountability.OrderByDescending(r => r.Period, StringComparer.Ordinal).ThenByDescending(r => r.Stage).ThenBy(r => r.Unit, StringComparer.Ordinal).ToList());

    public async Task<Outcome<AccountabilityRecord>> Explain(string unit, string period, string text, string by)
    {
        if (SchemeChecks.Text(text) is { } why)
        {
            return Refusal.Invalid("text", why);
        }

        return await Update(unit, period, r => r with { Explanation = text.Trim(), ExplainedAt = time.GetUtcNow(), ExplainedBy = by });
    }

    public async Task<Outcome<AccountabilityRecord>> RecordAction(string unit, string period, AccountabilityAction action)
    {
        if (SchemeChecks.Text(action.Text) is { } why)
        {
            return Refusal.Invalid("text", why);
        }

        return await Update(unit, period, r => r with { Actions = [.. r.Actions, action with { Text = action.Text.Trim(), At = time.GetUtcNow() }] });
    }

    private async Task<Outcome<AccountabilityRecord>> Update(string unit, string period, Func<AccountabilityRecord, AccountabilityRecord> change)
    {
        var index = state.State.Accountability.FindIndex(r => r.Unit == unit && r.Period == period);
        if (index < 0)
        {
            return Refusal.NotFound($"{unit} 在 {period} 期未上黑榜 / {unit} was not black-listed in {period}.", "unit");
        }

        state.State.Accountability[index] = change(state.State.Accountability[index]);
        await Saved();
        return state.State.Accountability[index];
    }

    private async Task<Outcome<PublishedPeriod>> Store(string period, string? note, string by)
    {
        if (await Campaign() is not { } campaign)
        {
            return Refusal.NotFound("专项行动不存在 / unknown campaign.", "campaignId");
        }

        if (!AssessmentPeriod.TryParse(period, out var p))
        {
            return Refusal.Invalid("period", "期次格式为 yyyy-MM 或 yyyy-Www / the period is yyyy-MM or yyyy-Www.");
        }

        var latest = Latest(p.Key);
        var refusal = note is null
            ? latest is not null ? Refusal.Conflict("period", $"{p.Key} 已发布（第{latest.Number}期），更正请发布修订 / {p.Key} is published already; publish a revision to correct it.")
              : time.GetUtcNow() < p.EndsAt(campaign.TimeZone) ? Refusal.Conflict("period", $"{p.Key} 尚未结束，不能发布 / {p.Key} has not ended yet.")
              : p.End < campaign.StartDate ? Refusal.Conflict("period", $"{p.Key} 早于专项行动开始 / {p.Key} is before the campaign.")
              : null
            : latest is null ? Refusal.Conflict("period", $"{p.Key} 尚未发布，无从修订 / {p.Key} is not published.")
              : SchemeChecks.Text(note) is { } why ? Refusal.Invalid("note", why)
              : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var inputs = (await Inputs(campaign, p))!;
        var published = new PublishedPeriod
        {
            CampaignId = CampaignId, CampaignName = campaign.Name, Period = p.Key, Start = p.Start, End = p.End,
            Number = latest?.Number ?? _published.Select(x => x.Period).Distinct().Count() + 1,
            Revision = (latest?.Revision ?? 0) + 1, PublishedAt = time.GetUtcNow(), PublishedBy = by, Note = note?.Trim() ?? "",
            Scheme = inputs.Scheme,
            Units = StandingsBuilder.Build(inputs, SubjectKind.Units), Grids = StandingsBuilder.Build(inputs, SubjectKind.Grids), Districts = StandingsBuilder.Build(inputs, SubjectKind.Districts),
        };
        if (!await store.Add(published))
        {
            _published = [.. await store.All(CampaignId)];
            return Refusal.Conflict("period", $"{p.Key} 刚由他人发布 / {p.Key} was published meanwhile.");
        }

        _published.Add(published);
        state.State.Accountability = [.. Accountability.After(state.State.Accountability, published, p.Previous.Key, _published.Max(x => x.Number) == published.Number)];
        await Saved();
        return published;
    }

    private async Task<Refusal?> Check(string unit, string field, DateOnly date)
    {
        if (await GrainFactory.GetGrain<ICampaignGrain>(CampaignId).GetSnapshot() is not { } campaign)
        {
            return Refusal.NotFound("专项行动不存在 / unknown campaign.", "campaignId");
        }

        return !StandingsBuilder.Units(campaign).Contains(unit, StringComparer.Ordinal)
            ? Refusal.Invalid(field, $"单位“{unit}”不是本专项行动的单位 / '{unit}' is not a unit of this campaign.")
            : date < campaign.StartDate || date > campaign.EndDate
                ? Refusal.Invalid("date", $"日期须在专项行动期间（{campaign.StartDate:yyyy-MM-dd} 至 {campaign.EndDate:yyyy-MM-dd}）/ the date must fall within the campaign.")
                : null;
    }

    private async Task<AssessmentInputs?> Inputs(CampaignDefinition campaign, AssessmentPeriod period)
    {
        var inputs = await sources.Read(CampaignId, period, SchemeFor(period.Start), time.GetUtcNow());
        return inputs is null ? null : inputs with { Adjustments = state.State.Adjustments, Events = state.State.Events, Previous = Latest(period.Previous.Key) };
    }

    private Standings Live(AssessmentInputs inputs, SubjectKind subjects) => new()
    {
        CampaignId = CampaignId, Period = inputs.Period.Key, Subjects = subjects, Published = false,
        Items = StandingsBuilder.Build(inputs, subjects), GeneratedAt = inputs.Now, SchemeVersion = inputs.Scheme.Version,
    };

    private static Standings Snapshot(PublishedPeriod p, SubjectKind subjects) => new()
    {
        CampaignId = p.CampaignId, Period = p.Period, Subjects = subjects, Published = true, Number = p.Number, Revision = p.Revision,
        Items = subjects switch { SubjectKind.Units => p.Units, SubjectKind.Grids => p.Grids, _ => p.Districts },
        GeneratedAt = p.PublishedAt, SchemeVersion = p.Scheme.Version,
    };

    private PublishedPeriod? Latest(string period) => _published.Where(p => p.Period == period).MaxBy(p => p.Revision);

    private AssessmentScheme SchemeFor(DateOnly day) =>
        state.State.Schemes.LastOrDefault(s => s.EffectiveFrom is null || (AssessmentPeriod.TryParse(s.EffectiveFrom, out var from) && from.Start <= day)) ?? DefaultScheme.Value;

    private AssessmentPeriod Current(CampaignDefinition campaign)
    {
        var today = CampaignClock.Today(time, campaign.TimeZone);
        return AssessmentPeriod.Of(SchemeFor(today).Period, today);
    }

    private async Task<DateOnly> Today() => await Campaign() is { } campaign ? CampaignClock.Today(time, campaign.TimeZone) : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private Task<CampaignDefinition?> Campaign() => GrainFactory.GetGrain<ICampaignGrain>(CampaignId).GetDefinition();

    private async Task Saved()
    {
        await state.WriteStateAsync();
        await wall.StandingsChanged(CampaignId);
    }
}
