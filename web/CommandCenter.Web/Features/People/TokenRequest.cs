using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

public sealed record TokenRequest([property: TextField] string? UserName, [property: TextField(Verbatim = true)] string? Password);
