namespace CommandCenter.Wall;

/// <summary>Implemented once per web host; receives every campaign change and forwards it to that host's hub clients.</summary>
[Alias("IWallObserver")]
public interface IWallObserver : IGrainObserver
{
    [OneWay, Alias("OnChange")]
    Task OnChange(WallChange change);
}
