namespace CommandCenter.Web.Features.Cases;

/// <summary>What the report page's form edits, before it becomes a <see cref="CaseRequest"/>.</summary>
public sealed class ReportCaseForm
{
    public string Grid { get; set; } = "";

    public string Category { get; set; } = "";

    public string Subcategory { get; set; } = "";

    public CaseSource Source { get; set; } = CaseSource.Patrol;

    public string Location { get; set; } = "";

    public string Description { get; set; } = "";

    public CaseRequest Request(PickedPosition? position) =>
        new(Grid, Category, Subcategory, Source.ToString(), Description, Location, position?.Latitude, position?.Longitude);
}
