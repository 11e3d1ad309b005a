namespace CommandCenter.Briefings;

/// <summary>
/// Compiles a week's briefing from its inputs (pure: same inputs, same briefing). Task values and statuses are those
/// at the end of the week — the Sunday, or today for the week under way — judged by the campaign's status rules.
/// </summary>
public static class BriefingCompiler
{
    public static Briefing Compile(BriefingInputs inputs, BriefingEdits edits)
    {
        var campaign = inputs.Campaign;
        var (start, end) = Bounds(inputs.Week, campaign.TimeZone);
        var asOf = inputs.Now < end ? inputs.Now : end.AddTicks(-1);
        var asOfDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(asOf, CampaignClock.Zone(campaign.TimeZone)).DateTime);

        var tasks = inputs.Tasks.ToDictionary(t => t.Id, t => AsOf(t, inputs.ValuesAtEnd));
        var rollup = new CampaignRollup(campaign, tasks, asOfDay);
        var reports = inputs.Reports.Units.ToDictionary(u => u.Unit);
        var lines = campaign.Lines.Select(line =>
        {
            var view = rollup.Line(line);
            var report = reports.GetValueOrDefault(line.LeadUnit);
            return new BriefingLine
            {
                Code = view.Code,
                Title = view.Title,
                LeadUnit = view.LeadUnit,
                Progress = view.Progress,
                Status = view.Status,
                ReportStatus = report?.Status ?? ReportStatus.Due,
                Report = report?.Report,
                Tasks = view.Tasks.Select(t => Figure(t, inputs.ValuesAtStart)).ToList(),
            };
        }).ToList();

        var (progress, status) = rollup.Campaign();
        return new Briefing
        {
            CampaignId = campaign.Id,
            CampaignName = campaign.Name,
            TimeZone = campaign.TimeZone,
            Week = inputs.Week,
            Day = rollup.Day,
            TotalDays = rollup.TotalDays,
            Progress = progress,
            TimeElapsed = rollup.TimeElapsed,
            Status = status,
            Lines = Ordered(lines, edits.Highlights),
            Laggards = lines.SelectMany(l => l.Tasks)
                .Where(t => t.Status is ProgressStatus.Lagging or ProgressStatus.Overdue)
                .OrderByDescending(t => t.Status == ProgressStatus.Overdue).ThenBy(t => t.Progress).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList(),
            LateUnits = inputs.Reports.Units
                .Where(u => u.Status is ReportStatus.Late or ReportStatus.Missing or ReportStatus.Returned)
                .Select(u => new BriefingUnit { Unit = u.Unit, Status = u.Status, SubmittedAt = u.SubmittedAt, ReturnReason = u.ReturnReason })
                .ToList(),
            Notices = Notices(inputs.Notices.Where(n => n.CampaignId == campaign.Id).ToList(), start, end, asOf),
            Cases = inputs.Cases,
            EditorNote = edits.EditorNote,
            CompiledAt = inputs.Now,
        };
    }

    /// <summary>The week as instants: Monday 00:00 to the next Monday 00:00 in the campaign's zone.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(DateOnly week, string timeZone)
    {
        var zone = CampaignClock.Zone(timeZone);
        DateTimeOffset At(DateOnly day)
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }

        return (At(week), At(week.AddDays(7)));
    }

    private static TaskView AsOf(TaskView task, IReadOnlyDictionary<string, decimal> values) =>
        values.TryGetValue(task.Id, out var value)
            ? task with { Actual = value, LastUpdate = task.LastUpdate ?? new ProgressEntry { At = DateTimeOffset.MinValue, By = "", Value = value } }
            : task with { Actual = null, LastUpdate = null };

    private static BriefingTask Figure(TaskView task, IReadOnlyDictionary<string, decimal> lastWeek)
    {
        decimal? before = lastWeek.TryGetValue(task.Id, out var v) ? v : null;
        return new BriefingTask
        {
            Id = task.Id,
            Code = task.Code,
            Title = task.Title,
            OwnerUnit = task.OwnerUnit,
            Target = task.Target,
            Value = task.Actual,
            LastWeekValue = before,
            Change = task.Actual is { } now ? now - (before ?? task.Target.Baseline) : null,
            Progress = task.Progress,
            Status = task.Status,
            DueDate = task.DueDate,
        };
    }

    private static List<BriefingLine> Ordered(List<BriefingLine> lines, IReadOnlyList<string> highlights)
    {
        var rank = highlights.Select((code, i) => (code, i)).GroupBy(x => x.code).ToDictionary(g => g.Key, g => g.First().i);
        return lines.Select((line, i) => (line, i))
            .OrderBy(x => rank.TryGetValue(x.line.Code, out var r) ? r : highlights.Count + x.i)
            .Select(x => x.line).ToList();
    }

    private static BriefingNotices Notices(List<SupervisionNotice> notices, DateTimeOffset start, DateTimeOffset end, DateTimeOffset asOf)
    {
        var overdue = notices.Where(n => n.IssuedAt < end && n.Deadline < asOf && !ClosedBy(n, asOf)).OrderBy(n => n.Deadline).ToList();
        return new BriefingNotices
        {
            Issued = notices.Count(n => n.IssuedAt >= start && n.IssuedAt < end),
            Answered = notices.Count(n => n.AnsweredAt is { } at && at >= start && at < end),
            Overdue = overdue.Count,
            OverdueTitles = overdue.Select(n => $"{n.Unit}：{n.Title}").ToList(),
        };
    }

    /// <summary>Whether the notice was closed, or answered and waiting for the office, at <paramref name="at"/>.</summary>
    private static bool ClosedBy(SupervisionNotice notice, DateTimeOffset at) =>
        notice.Steps.Any(s => s.Action == "closed" && s.At <= at)
        || (notice.Status == NoticeStatus.Answered && notice.AnsweredAt <= at);
}
