using CommandCenter.Web.Features.Campaigns;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

public sealed record TransitionRequest(
    [property: TextField] string? To,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField(multiLine: true, maxLength: CasesApi.MaxDescriptionLength)] string? Note);
