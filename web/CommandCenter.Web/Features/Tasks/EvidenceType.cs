namespace CommandCenter.Web.Features.Tasks;

/// <summary>A kind of file accepted as evidence: its content type and the file name endings it may carry.</summary>
public sealed record EvidenceType(string ContentType, IReadOnlyList<string> Extensions);
