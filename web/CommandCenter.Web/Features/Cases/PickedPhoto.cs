namespace CommandCenter.Web.Features.Cases;

/// <summary>A photo chosen on a page, read and checked in the browser's session before anything is stored.</summary>
public sealed record PickedPhoto(string Name, byte[] Content);
