namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// This web host's feed of grid count changes, as the cluster fans them out to every host (the same changes the wall
/// screens receive as <c>CaseChanged</c>), for the server-rendered pages that show a grid's cases live.
/// </summary>
public sealed class CaseFeed(ILogger<CaseFeed> logger)
{
    public event Action<CaseWallChange>? Changed;

    public void Publish(CaseWallChange change)
    {
        try
        {
            Changed?.Invoke(change);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "A page failed to take the case change of grid {Grid}", change.Grid.Code);
        }
    }
}
