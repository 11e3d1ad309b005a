namespace CommandCenter.Supervision;

/// <summary>The latest copy of every notice (notices are few: hundreds per campaign), with stages computed on read.</summary>
public sealed class NoticeDirectoryGrain(
    [PersistentState("notice-directory", StorageNames.Default)] IPersistentState<NoticeDirectoryState> state,
    DomainClock time, WallPublisher wall) : Grain, INoticeDirectoryGrain
{
    public async Task Put(SupervisionNotice notice)
    {
        state.State.Notices[notice.Id] = notice;
        await state.WriteStateAsync();
        if (notice.CampaignId is { } campaignId)
        {
            await wall.StandingsChanged(campaignId); // a notice counts toward its unit's assessment
        }
    }

    public Task<IReadOnlyList<SupervisionNotice>> List()
    {
        var now = time.GetUtcNow();
        return Task.FromResult<IReadOnlyList<SupervisionNotice>>(state.State.Notices.Values
            .OrderByDescending(n => n.IssuedAt).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n with { Stage = NoticeStages.Stage(n, now) }).ToList());
    }
}
