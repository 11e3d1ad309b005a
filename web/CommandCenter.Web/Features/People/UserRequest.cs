using CommandCenter.Web.Features.Campaigns;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

public sealed record UserRequest(
    [property: TextField] string? UserName,
    [property: TextField(Verbatim = true)] string? Password,
    [property: TextField] string? Role,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    IReadOnlyList<string>? Grids = null);
