namespace CommandCenter.Assessment;

/// <summary>
/// The accountability record (问责台账) after a period is published: every black-listed unit gets a line with its
/// stage on the consequence ladder (consecutive black periods, capped at the top) and an explanation deadline; a
/// revision keeps what was explained and done; a unit no longer black leaves the list, its lines stay.
/// </summary>
public static class Accountability
{
    public static IEnumerable<AccountabilityRecord> After(IReadOnlyList<AccountabilityRecord> records, PublishedPeriod published, string previousPeriod, bool isLatest)
    {
        var black = published.Units.Where(s => s.List == ListKind.Black).ToDictionary(s => s.Subject, StringComparer.Ordinal);
        var ladder = published.Scheme.Ladder.Count > 0 ? published.Scheme.Ladder : DefaultScheme.Ladder;
        foreach (var record in records)
        {
            if (record.Period == published.Period)
            {
                if (!black.ContainsKey(record.Unit))
                {
                    yield return record with { OnList = false };
                }

                continue;
            }

            yield return isLatest ? record with { OnList = false } : record;
        }

        foreach (var (unit, standing) in black)
        {
            var before = records.FirstOrDefault(r => r.Unit == unit && r.Period == previousPeriod);
            var existing = records.FirstOrDefault(r => r.Unit == unit && r.Period == published.Period);
            var consecutive = (before?.ConsecutiveBlack ?? 0) + 1;
            var stage = Math.Min(consecutive, ladder.Count);
            yield return new AccountabilityRecord
            {
                Unit = unit, Period = published.Period, ConsecutiveBlack = consecutive, Stage = stage, StageName = ladder[stage - 1],
                Reasons = standing.Reasons, Score = standing.Score, Rank = standing.Rank,
                ExplanationDeadline = existing?.ExplanationDeadline ?? published.PublishedAt.AddDays(published.Scheme.ExplanationDays),
                Explanation = existing?.Explanation, ExplainedAt = existing?.ExplainedAt, ExplainedBy = existing?.ExplainedBy,
                Actions = existing?.Actions ?? [], OnList = true,
            };
        }
    }
}
