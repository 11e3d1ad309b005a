using CommandCenter.Web.Campaigns;
using CommandCenter.Web.Input;

namespace CommandCenter.Web.Api;

public sealed record TransitionRequest(
    [property: TextField] string? To,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField(multiLine: true, maxLength: CasesApi.MaxDescriptionLength)] string? Note);
