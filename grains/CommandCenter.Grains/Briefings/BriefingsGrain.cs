using System.Globalization;
using CommandCenter.Reports;
using Microsoft.Extensions.Options;

namespace CommandCenter.Briefings;

/// <summary>
/// A campaign's weekly briefings: edits per week, published revisions appended and never rewritten; each publication,
/// once stored, is posted to the webhook.
/// </summary>
public sealed class BriefingsGrain(
    [PersistentState("briefings", StorageNames.Default)] IPersistentState<BriefingsState> state,
    ReminderWebhook webhook,
    IOptions<ReminderSettings> settings,
    DomainClock time) : Grain, IBriefingsGrain
{
    public Task<BriefingEdits> GetEdits(DateOnly week) => Task.FromResult(state.State.Edits.GetValueOrDefault(Key(week)) ?? BriefingEdits.None);

    public async Task SaveEdits(DateOnly week, BriefingEdits edits)
    {
        state.State.Edits[Key(week)] = edits;
        await state.WriteStateAsync();
    }

    public async Task<PublishedBriefing> Publish(DateOnly week, Briefing content, string by)
    {
        var published = await Append(week, content, by, time.GetUtcNow());
        webhook.Enqueue(BriefingMessage.Of(published, settings.Value.PublicAddress));
        return published;
    }

    public Task<PublishedBriefing> Record(DateOnly week, Briefing content, string by, DateTimeOffset publishedAt) => Append(week, content, by, publishedAt);

    private async Task<PublishedBriefing> Append(DateOnly week, Briefing content, string by, DateTimeOffset at)
    {
        var revisions = state.State.Published.GetValueOrDefault(Key(week)) ?? [];
        var number = revisions.Count > 0 ? revisions[0].Number : state.State.LastNumber + 1;
        var published = new PublishedBriefing
        {
            Number = number,
            Revision = revisions.Count + 1,
            PublishedAt = at,
            PublishedBy = by,
            Content = content,
        };

        state.State.Published[Key(week)] = [.. revisions, published];
        state.State.LastNumber = Math.Max(state.State.LastNumber, number);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync(); // what is stored, whether or not the failed write reached it
            throw;
        }

        return published;
    }

    public Task<IReadOnlyList<PublishedBriefing>> GetRevisions(DateOnly week) =>
        Task.FromResult<IReadOnlyList<PublishedBriefing>>(state.State.Published.GetValueOrDefault(Key(week))?.ToList() ?? []);

    public Task<IReadOnlyList<BriefingSummary>> List() =>
        Task.FromResult<IReadOnlyList<BriefingSummary>>(state.State.Published
            .Where(p => p.Value.Count > 0)
            .OrderByDescending(p => p.Key, StringComparer.Ordinal)
            .Select(p => new BriefingSummary { Week = DateOnly.ParseExact(p.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture), Number = p.Value[0].Number, Revisions = p.Value.Count, LastPublishedAt = p.Value[^1].PublishedAt })
            .ToList());

    private static string Key(DateOnly week) => week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
