namespace CommandCenter.Web.Api;

/// <summary>A line of effort: code (e.g. 一), title, lead unit (牵头单位) and responsible leader (分管领导).</summary>
public sealed record LineRequest(string? Code, string? Title, string? LeadUnit, string? Leader);
