namespace CommandCenter.Web.Features.Tasks;

/// <summary>A stored piece of evidence, without its bytes.</summary>
public sealed record EvidenceFile(Guid Id, string TaskId, string FileName, string ContentType, int Size, DateTimeOffset UploadedAt, string UploadedBy)
{
    public string Url => $"/api/evidence/{Id}";
}
