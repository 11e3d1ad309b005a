namespace CommandCenter.Web.Features.Tasks;

/// <summary>What a task card's form edits: the new value (or milestone percent) and a note.</summary>
public sealed class ProgressForm
{
    public decimal? Value { get; set; }

    public string Note { get; set; } = "";
}
