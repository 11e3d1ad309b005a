using CommandCenter.Supervision;

namespace CommandCenter.Domain;

/// <summary>
/// The colour of a notice waiting for its answer: red past the deadline; yellow once half the time from issue (or the
/// last escalation) to the deadline is gone; blue within <see cref="NearWindow"/> of the deadline; none otherwise, and
/// none once answered or closed.
/// </summary>
public static class NoticeStages
{
    public static readonly TimeSpan NearWindow = TimeSpan.FromHours(48);

    public static NoticeStage Stage(SupervisionNotice notice, DateTimeOffset now)
    {
        if (notice.Status != NoticeStatus.Issued)
        {
            return NoticeStage.None;
        }

        if (now > notice.Deadline)
        {
            return NoticeStage.Red;
        }

        var start = notice.Steps.LastOrDefault(s => s.Action == "escalated")?.At ?? notice.IssuedAt;
        if (now - start >= (notice.Deadline - start) / 2)
        {
            return NoticeStage.Yellow;
        }

        return notice.Deadline - now <= NearWindow ? NoticeStage.Blue : NoticeStage.None;
    }
}
