namespace CommandCenter.Web.Wall;

/// <summary>Changes received by this web host, for the Blazor pages it renders.</summary>
public sealed class WallFeed
{
    public event Action<WallChange>? Changed;

    internal void Publish(WallChange change) => Changed?.Invoke(change);
}
