using CommandCenter.Web.Input;

namespace CommandCenter.Web.Api;

public sealed record TokenRequest([property: TextField] string? UserName, [property: TextField(Verbatim = true)] string? Password);
