namespace CommandCenter.Web.Features.Campaigns;

/// <summary>What the line-of-effort form edits.</summary>
public sealed class LineFields
{
    /// <summary>The request fields the form shows a refusal beside.</summary>
    public static readonly IReadOnlyCollection<string> Shown = ["code", "title", "leadUnit", "leader"];

    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? LeadUnit { get; set; }
    public string Leader { get; set; } = "";

    public static LineFields Of(LineOfEffortView? line) =>
        line is null ? new LineFields() : new LineFields { Code = line.Code, Title = line.Title, LeadUnit = line.LeadUnit, Leader = line.Leader };

    public LineRequest Request() => new(Code, Title, LeadUnit, Leader);
}
