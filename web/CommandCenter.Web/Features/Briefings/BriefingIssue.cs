using CommandCenter.Briefings;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>
/// A week's briefing as the API answers it: the published issue (its latest revision) or, before publication or with
/// <c>?draft=true</c>, the draft compiled from the data now; <see cref="Number"/> is null for a week never published.
/// </summary>
public sealed record BriefingIssue(
    int? Number, bool Published, int Revision, DateTimeOffset? PublishedAt, string? PublishedBy, BriefingEdits Edits, Briefing Briefing,
    IReadOnlyList<BriefingRevision> Revisions);
