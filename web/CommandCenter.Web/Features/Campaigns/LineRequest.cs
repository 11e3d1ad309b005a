using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>A line of effort: code (e.g. 一), title, lead unit (牵头单位) and responsible leader (分管领导).</summary>
public sealed record LineRequest(
    [property: TextField] string? Code,
    [property: TextField(maxLength: PlanChecks.MaxTitle)] string? Title,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? LeadUnit,
    [property: TextField] string? Leader);
