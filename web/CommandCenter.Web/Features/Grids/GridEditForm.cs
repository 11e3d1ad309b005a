namespace CommandCenter.Web.Features.Grids;

/// <summary>What the office may change of a grid (its code, campaign, boundary and counts stay): the grids page's edit dialog.</summary>
public sealed class GridEditForm
{
    /// <summary>The separators people use between members: 、，, ; and line breaks.</summary>
    private static readonly char[] Separators = ['、', '，', ',', ';', '；', '\n', '\r'];

    public string Name { get; set; } = "";

    public string District { get; set; } = "";

    public string GridHead { get; set; } = "";

    /// <summary>The members as one text, separated by 、 or commas.</summary>
    public string Members { get; set; } = "";

    public IReadOnlyList<string> MemberList() =>
        Members.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    public static GridEditForm Of(GridDefinition grid) =>
        new() { Name = grid.Name, District = grid.District, GridHead = grid.GridHead, Members = string.Join("、", grid.Members) };
}
