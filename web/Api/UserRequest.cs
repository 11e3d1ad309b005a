using CommandCenter.Web.Campaigns;
using CommandCenter.Web.Input;

namespace CommandCenter.Web.Api;

public sealed record UserRequest(
    [property: TextField] string? UserName,
    [property: TextField(Verbatim = true)] string? Password,
    [property: TextField] string? Role,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    IReadOnlyList<string>? Grids = null);
