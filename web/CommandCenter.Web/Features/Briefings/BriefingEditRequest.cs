namespace CommandCenter.Web.Features.Briefings;

/// <summary>Body of <c>PUT /api/campaigns/{id}/briefings/{week}</c>: the editor's note (按语) and the line codes to put first.</summary>
public sealed record BriefingEditRequest(string? EditorNote, string[]? Highlights);
