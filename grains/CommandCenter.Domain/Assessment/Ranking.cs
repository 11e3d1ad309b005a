namespace CommandCenter.Assessment;

/// <summary>
/// Ranks and lists (docs/STATUS-RULES.md, "Ranks and lists"): ranks descend by score and ties share a rank
/// (1, 2, 2, 4); unranked subjects come last without a rank. Units then get their list: black (bottom N, below the
/// threshold, or an event of the period) before red (top N).
/// </summary>
public static class Ranking
{
    /// <summary>Orders by score (then subject, for a stable table) and gives competition ranks.</summary>
    public static IReadOnlyList<Standing> Rank(IReadOnlyList<Standing> standings)
    {
        var ranked = standings.Where(s => s.Score is not null).OrderByDescending(s => s.Score).ThenBy(s => s.Subject, StringComparer.Ordinal).ToList();
        var result = new List<Standing>();
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Score == ranked[i - 1].Score ? result[i - 1].Rank : i + 1;
            result.Add(ranked[i] with { Rank = rank });
        }

        result.AddRange(standings.Where(s => s.Score is null).OrderBy(s => s.Subject, StringComparer.Ordinal).Select(s => s with { Rank = null }));
        return result;
    }

    /// <summary>
    /// Puts ranked units on the lists. <paramref name="events"/>: the period's events per unit;
    /// <paramref name="previous"/>: the previous published period's standings (for 屡次靠后 and rank changes), if any.
    /// </summary>
    public static IReadOnlyList<Standing> List(AssessmentScheme scheme, IReadOnlyList<Standing> ranked, IReadOnlyDictionary<string, IReadOnlyList<string>> events, IReadOnlyList<Standing>? previous)
    {
        var scored = ranked.Where(s => s.Rank is not null).ToList();
        // The bottom N places: every unit ranked at or below the one N places from the end (ties at the edge included).
        var bottomRank = scheme.BlackBottom > 0 && scored.Count > 0 ? scored[Math.Max(0, scored.Count - scheme.BlackBottom)].Rank : null;
        var before = previous?.ToDictionary(s => s.Subject, StringComparer.Ordinal);
        return ranked.Select(s =>
        {
            var reasons = new List<BlackReason>();
            var bottom = s.Rank is { } rank && bottomRank is { } edge && rank >= edge;
            if (bottom)
            {
                reasons.Add(BlackReason.Bottom);
            }

            if (s.Score is { } score && score < scheme.BlackBelow)
            {
                reasons.Add(BlackReason.BelowThreshold);
            }

            var last = before?.GetValueOrDefault(s.Subject);
            if (bottom && last is not null && last.Reasons.Contains(BlackReason.Bottom))
            {
                reasons.Add(BlackReason.RepeatedlyBehind);
            }

            var notes = events.GetValueOrDefault(s.Subject) ?? [];
            if (notes.Count > 0)
            {
                reasons.Add(BlackReason.Event);
            }

            var list = reasons.Count > 0 ? ListKind.Black : s.Rank is { } r && r <= scheme.RedTop ? ListKind.Red : ListKind.None;
            return s with { List = list, Reasons = reasons, EventNotes = notes, RankChange = Change(last?.Rank, s.Rank) };
        }).ToList();
    }

    /// <summary>Places gained (positive: up) since the previous period; null when either is unranked.</summary>
    public static int? Change(int? before, int? now) => before is { } b && now is { } n ? b - n : null;
}
