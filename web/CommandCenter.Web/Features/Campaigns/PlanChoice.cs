namespace CommandCenter.Web.Features.Campaigns;

/// <summary>One entry of a drop-down on the plan pages: the value stored and the text shown.</summary>
public sealed record PlanChoice<T>(T Value, string Text);
