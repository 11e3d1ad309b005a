namespace CommandCenter.Assessment;

/// <summary>Turns a period's inputs into ranked standings (pure: no grain, no database).</summary>
public static class StandingsBuilder
{
    /// <summary>The units assessed: every line's lead unit and every task's owner unit.</summary>
    public static IReadOnlyList<string> Units(CampaignSnapshot campaign) =>
        campaign.Lines.Select(l => l.LeadUnit).Concat(campaign.Lines.SelectMany(l => l.Tasks).Select(t => t.OwnerUnit))
            .Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Standing> Build(AssessmentInputs inputs, SubjectKind subjects) => subjects switch
    {
        SubjectKind.Units => UnitStandings(inputs),
        SubjectKind.Grids => Changes(Ranking.Rank(GridFacts(inputs).Select(g => Case(inputs.Scheme, g.Key.Code, g.Key.Name, g.Value)).ToList()), inputs.Previous?.Grids),
        _ => Changes(Ranking.Rank(GridFacts(inputs).GroupBy(g => g.Key.District.Length > 0 ? g.Key.District : "—")
            .Select(d => Case(inputs.Scheme, d.Key, d.Key, d.Aggregate(CaseFacts.Zero, (sum, g) => sum + g.Value))).ToList()), inputs.Previous?.Districts),
    };

    private static IReadOnlyList<Standing> UnitStandings(AssessmentInputs inputs)
    {
        var tasks = inputs.Campaign.Lines.SelectMany(l => l.Tasks).ToLookup(t => t.OwnerUnit, StringComparer.Ordinal);
        var weeks = inputs.Weeks.SelectMany(w => w.Units).ToLookup(u => u.Unit, StringComparer.Ordinal);
        var notices = inputs.Notices.ToLookup(n => n.Unit, StringComparer.Ordinal);
        var cases = inputs.Cases.Where(c => c.Unit is not null).ToLookup(c => c.Unit!, StringComparer.Ordinal);
        var adjustments = inputs.Adjustments.Where(a => inputs.Period.Contains(a.Date)).ToLookup(a => a.Subject, StringComparer.Ordinal);
        var events = inputs.Events.Where(e => inputs.Period.Contains(e.Date)).GroupBy(e => e.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => $"{EventNames.Of(e.Kind)}：{e.Note}").ToList(), StringComparer.Ordinal);

        var scored = Units(inputs.Campaign).Select(unit =>
        {
            var caseFacts = cases[unit].Aggregate(CaseFacts.Zero, (sum, c) => sum + c.Facts);
            var facts = new UnitFacts
            {
                TaskCredits = tasks[unit].Select(t => Credits.Task(t.Progress, t.TimeElapsed, t.Status == ProgressStatus.Done)).OfType<double>().ToList(),
                WeekCredits = weeks[unit].Select(r => Credits.Week(r.Status)).OfType<double>().ToList(),
                NoticeCredits = notices[unit].Select(n => Credits.Notice(n, inputs.Now)).OfType<double>().ToList(),
                CasesDue = caseFacts.Closed + caseFacts.OverdueOpen,
                CasesClosedOnTime = caseFacts.ClosedOnTime,
                AdjustmentPoints = adjustments[unit].Sum(a => a.Points),
            };
            var (score, indicators) = Scorer.Unit(inputs.Scheme, facts);
            return new Standing { Subject = unit, Name = unit, Score = score, Indicators = indicators };
        });
        return Ranking.List(inputs.Scheme, Ranking.Rank(scored.ToList()), events, inputs.Previous?.Units);
    }

    private static Dictionary<GridDefinition, CaseFacts> GridFacts(AssessmentInputs inputs)
    {
        var byGrid = inputs.Cases.GroupBy(c => c.GridCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(CaseFacts.Zero, (sum, c) => sum + c.Facts), StringComparer.Ordinal);
        return inputs.Grids.ToDictionary(g => g, g => byGrid.GetValueOrDefault(g.Code) ?? CaseFacts.Zero);
    }

    private static Standing Case(AssessmentScheme scheme, string subject, string name, CaseFacts facts) =>
        Scorer.Cases(scheme, facts) is { } scored
            ? new Standing { Subject = subject, Name = name, Score = scored.Score, Indicators = scored.Indicators }
            : new Standing { Subject = subject, Name = name };

    /// <summary>Rank changes against the previous period for grids and districts (units get theirs with their lists).</summary>
    public static IReadOnlyList<Standing> Changes(IReadOnlyList<Standing> ranked, IReadOnlyList<Standing>? previous)
    {
        var before = previous?.ToDictionary(s => s.Subject, s => s.Rank, StringComparer.Ordinal);
        return before is null ? ranked : ranked.Select(s => s with { RankChange = Ranking.Change(before.GetValueOrDefault(s.Subject), s.Rank) }).ToList();
    }
}
