namespace CommandCenter.Web.Wall;

/// <summary>
/// Who may open a wall (<c>Wall:Public</c>): by default only a signed-in account or a display token; a bureau that
/// wants anonymous walls sets <c>Wall:Public=true</c>.
/// </summary>
public sealed record WallAccess
{
    public bool Public { get; init; }

    public static WallAccess From(IConfiguration configuration) => new() { Public = configuration.GetValue("Wall:Public", false) };
}
