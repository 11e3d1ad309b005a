using CommandCenter.Reports;
using CommandCenter.Supervision;

namespace CommandCenter.Assessment;

/// <summary>The credit (0–1) one item earns toward its indicator (docs/STATUS-RULES.md, "Assessment").</summary>
public static class Credits
{
    /// <summary>A started task: min(1, progress ÷ time elapsed); a done task 1. Null for a task not yet started.</summary>
    public static double? Task(double progress, double timeElapsed, bool done) =>
        done ? 1 : timeElapsed <= 0 ? null : Math.Min(1, Math.Max(0, progress) / timeElapsed);

    /// <summary>A week whose deadline passed: on time 1, late 0.5, missing (or returned and not resubmitted) 0; null while due.</summary>
    public static double? Week(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => 1,
        ReportStatus.Late => 0.5,
        ReportStatus.Missing or ReportStatus.Returned => 0,
        _ => null,
    };

    /// <summary>
    /// A notice: answered by its deadline 1, answered late 0.5, unanswered past it 0; null while it may still be
    /// answered in time. A notice the office closed without an answer counts as answered when it was closed.
    /// </summary>
    public static double? Notice(SupervisionNotice notice, DateTimeOffset now)
    {
        var answered = notice.AnsweredAt ?? (notice.Status == NoticeStatus.Closed ? notice.Steps.LastOrDefault(s => s.Action == "closed")?.At : null);
        return answered is { } at ? (at <= notice.Deadline ? 1 : 0.5)
            : now > notice.Deadline ? 0
            : null;
    }
}
