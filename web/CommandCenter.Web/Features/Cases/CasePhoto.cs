namespace CommandCenter.Web.Features.Cases;

/// <summary>A photo's bytes and its (sniffed) media type.</summary>
public sealed record CasePhoto(string ContentType, byte[] Content);
