namespace CommandCenter.Web.Features.Briefings;

/// <summary>One published revision of a week's issue.</summary>
public sealed record BriefingRevision(int Revision, DateTimeOffset PublishedAt, string PublishedBy);
