namespace CommandCenter.Supervision;

/// <summary>One supervision notice: issued by the office, answered by the unit, closed or escalated by the office.</summary>
public sealed class SupervisionNoticeGrain(
    [PersistentState("notice", StorageNames.Default)] IPersistentState<NoticeState> state,
    DomainClock time) : Grain, ISupervisionNoticeGrain
{
    public async Task<Outcome<SupervisionNotice>> Issue(SupervisionNotice notice)
    {
        if (state.State.Notice is not null)
        {
            return Refusal.Conflict("id", $"Notice {notice.Id} exists.");
        }

        var now = time.GetUtcNow();
        return await Save(notice with
        {
            IssuedAt = now,
            Status = NoticeStatus.Issued,
            Level = 1,
            Steps = [new NoticeStep { At = now, By = notice.IssuedBy, Action = "issued", Text = notice.Content }],
        });
    }

    public Task<SupervisionNotice?> Get() =>
        Task.FromResult(state.State.Notice is { } notice ? notice with { Stage = NoticeStages.Stage(notice, time.GetUtcNow()) } : null);

    public async Task<Outcome<SupervisionNotice>> Answer(string text, string by)
    {
        if (state.State.Notice is not { } notice)
        {
            return Missing();
        }

        if (notice.Status != NoticeStatus.Issued)
        {
            return Refusal.NotAllowedNow($"督办 {notice.Id} 不在待回复状态 / notice {notice.Id} is {notice.Status.ToString().ToLowerInvariant()}, not waiting for an answer.");
        }

        var now = time.GetUtcNow();
        return await Save(notice with { Status = NoticeStatus.Answered, Answer = text, AnsweredAt = now, Steps = [.. notice.Steps, Step(now, by, "answered", text)] });
    }

    public async Task<Outcome<SupervisionNotice>> Close(string note, string by)
    {
        if (NotOpen() is { } refused)
        {
            return refused;
        }

        var notice = state.State.Notice!;
        return await Save(notice with { Status = NoticeStatus.Closed, Steps = [.. notice.Steps, Step(time.GetUtcNow(), by, "closed", note)] });
    }

    public async Task<Outcome<SupervisionNotice>> Escalate(DateTimeOffset deadline, string note, string by)
    {
        if (NotOpen() is { } refused)
        {
            return refused;
        }

        var notice = state.State.Notice!;
        var now = time.GetUtcNow();
        if (deadline <= now)
        {
            return Refusal.NotAllowedNow("新的办理期限须晚于现在 / the new deadline must be later than now.");
        }

        return await Save(notice with
        {
            Status = NoticeStatus.Issued,
            Level = notice.Level + 1,
            Deadline = deadline,
            Steps = [.. notice.Steps, Step(now, by, "escalated", note)],
        });
    }

    private Refusal Missing() => Refusal.NotFound($"Notice {this.GetPrimaryKeyString()} does not exist.");

    /// <summary>Why the notice cannot be closed or escalated (it does not exist, or it is closed); null when it can.</summary>
    private Refusal? NotOpen() => state.State.Notice switch
    {
        null => Missing(),
        { Status: NoticeStatus.Closed } notice => Refusal.NotAllowedNow($"督办 {notice.Id} 已办结 / notice {notice.Id} is closed."),
        _ => null,
    };

    private static NoticeStep Step(DateTimeOffset at, string by, string action, string text) => new() { At = at, By = by, Action = action, Text = text };

    private async Task<SupervisionNotice> Save(SupervisionNotice notice)
    {
        state.State.Notice = notice;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        await GrainFactory.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).Put(notice);
        return notice with { Stage = NoticeStages.Stage(notice, time.GetUtcNow()) };
    }
}
