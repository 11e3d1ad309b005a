namespace CommandCenter.Briefings;

/// <summary>
/// A campaign's series of weekly briefings (工作简报), keyed by campaign id: the office's edits of each week and every
/// published revision, which never changes once stored.
/// </summary>
[Alias("IBriefingsGrain")]
public interface IBriefingsGrain : IGrainWithStringKey
{
    [Alias("GetEdits")]
    Task<BriefingEdits> GetEdits(DateOnly week);

    [Alias("SaveEdits")]
    Task SaveEdits(DateOnly week, BriefingEdits edits);

    /// <summary>
    /// Stores <paramref name="content"/> as the week's next revision: the first publication of a week takes the next
    /// issue number, a correction keeps the week's number. Once stored, the publication is posted to the webhook.
    /// </summary>
    [Alias("Publish")]
    Task<PublishedBriefing> Publish(DateOnly week, Briefing content, string by);

    /// <summary>
    /// Stores a publication made at <paramref name="publishedAt"/> (a drive's past issues, e.g. the demo's) like
    /// <see cref="Publish"/>, but posts nothing to the webhook.
    /// </summary>
    [Alias("Record")]
    Task<PublishedBriefing> Record(DateOnly week, Briefing content, string by, DateTimeOffset publishedAt);

    /// <summary>The week's revisions, oldest first (empty when never published).</summary>
    [Alias("GetRevisions")]
    Task<IReadOnlyList<PublishedBriefing>> GetRevisions(DateOnly week);

    /// <summary>Every published week, newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<BriefingSummary>> List();
}
