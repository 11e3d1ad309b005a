namespace CommandCenter.Wall.Connection;

/// <summary>What a screen's link to the server is doing.</summary>
public enum ConnectionState
{
    Connecting,
    Live,
    Reconnecting,
    /// <summary>The display token was revoked: the screen stops and says so.</summary>
    Revoked,
    /// <summary>The screen has no display token and walls are not public: it stops and says what it needs.</summary>
    TokenRequired,
}
