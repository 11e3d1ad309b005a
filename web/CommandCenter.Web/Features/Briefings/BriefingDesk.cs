using System.Globalization;
using CommandCenter.Briefings;
using CommandCenter.Domain;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>
/// The weekly briefing as the API and the briefing page use it: the week's draft compiled from the data, the office's
/// edits, publication as an immutable numbered issue (a correction is a new revision).
/// </summary>
public sealed class BriefingDesk(IGrainFactory grains, BriefingSources sources, DomainClock time)
{
    public const int MaxNoteLength = 4000;

    /// <summary>The campaign and the Monday of <paramref name="week"/> (any day of it), or why not.</summary>
    public async Task<(CampaignDefinition? Campaign, DateOnly Week, Refusal? Refusal)> Week(string campaignId, string? week)
    {
        if (!Shell.Ids.IsValid(campaignId) || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is not { } campaign)
        {
            return (null, default, Refusal.NotFound($"活动不存在 Campaign '{campaignId}' does not exist.", "id"));
        }

        if (!DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (campaign, default, Refusal.Invalid("week", "周次须为 yyyy-MM-dd 日期 The week is a date in yyyy-MM-dd (its Monday, or any day of it)."));
        }

        var monday = ReportWeek.Of(day);
        if (monday < ReportWeek.Of(campaign.StartDate) || monday > ReportWeek.Of(campaign.EndDate))
        {
            return (campaign, monday, Refusal.NotFound($"该周不在活动期内 The week of {monday:yyyy-MM-dd} is outside the campaign.", "week"));
        }

        if (monday > ReportWeek.Current(time, campaign.TimeZone))
        {
            return (campaign, monday, Refusal.Invalid("week", $"该周尚未开始 The week of {monday:yyyy-MM-dd} has not begun."));
        }

        return (campaign, monday, null);
    }

    /// <summary>The published issue of the week, or its draft (always the draft with <paramref name="draft"/>).</summary>
    public async Task<BriefingIssue> Get(string campaignId, DateOnly week, bool draft)
    {
        var series = grains.GetGrain<IBriefingsGrain>(campaignId);
        var revisions = await series.GetRevisions(week);
        var edits = await series.GetEdits(week);
        if (revisions.Count > 0 && !draft)
        {
            return Issue(revisions, revisions[^1], edits);
        }

        var compiled = await Compile(campaignId, week, edits);
        return new BriefingIssue(revisions.Count > 0 ? revisions[0].Number : null, false, revisions.Count, null, null, edits, compiled, Revisions(revisions));
    }

    /// <summary>Stores the editor's note and order of highlights (for the next publication); null when accepted.</summary>
    public async Task<Refusal?> SaveEdits(CampaignDefinition campaign, DateOnly week, BriefingEditRequest? request)
    {
        var note = (request?.EditorNote ?? "").Trim();
        if (note.Length > MaxNoteLength || note.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return Refusal.Invalid("editorNote", $"按语至多 {MaxNoteLength} 字，且不含控制字符 The editor's note has at most {MaxNoteLength} characters and no control characters.");
        }

        var highlights = request?.Highlights ?? [];
        var codes = campaign.Lines.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        if (highlights.Any(h => h is null || !codes.Contains(h)) || highlights.Distinct(StringComparer.Ordinal).Count() != highlights.Length)
        {
            return Refusal.Invalid("highlights", "要点顺序须为本活动各工作线的编号，不重复 Highlights are distinct line-of-effort codes of this campaign.");
        }

        await grains.GetGrain<IBriefingsGrain>(campaign.Id).SaveEdits(week, new BriefingEdits { EditorNote = note, Highlights = highlights });
        return null;
    }

    /// <summary>Compiles the week now, with the office's edits, and stores it as the week's next revision.</summary>
    public async Task<BriefingIssue> Publish(string campaignId, DateOnly week, string by)
    {
        var series = grains.GetGrain<IBriefingsGrain>(campaignId);
        var edits = await series.GetEdits(week);
        var published = await series.Publish(week, await Compile(campaignId, week, edits), by);
        return Issue(await series.GetRevisions(week), published, edits);
    }

    private async Task<Briefing> Compile(string campaignId, DateOnly week, BriefingEdits edits) =>
        BriefingCompiler.Compile((await sources.Read(campaignId, week))!, edits);

    private static BriefingIssue Issue(IReadOnlyList<PublishedBriefing> revisions, PublishedBriefing shown, BriefingEdits edits) =>
        new(shown.Number, true, shown.Revision, shown.PublishedAt, shown.PublishedBy, edits, shown.Content, Revisions(revisions));

    private static List<BriefingRevision> Revisions(IReadOnlyList<PublishedBriefing> revisions) =>
        revisions.Select(r => new BriefingRevision(r.Revision, r.PublishedAt, r.PublishedBy)).ToList();

    /// <summary>The published revisions of a week's briefing, newest first (none while it is a draft).</summary>
    public Task<IReadOnlyList<PublishedBriefing>> PublishedRevisions(string campaignId, DateOnly week) => grains.GetGrain<IBriefingsGrain>(campaignId).GetRevisions(week);
}
