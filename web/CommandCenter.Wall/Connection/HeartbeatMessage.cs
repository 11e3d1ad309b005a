namespace CommandCenter.Wall.Connection;

/// <summary>Body of the hub's <c>Heartbeat</c> message.</summary>
public sealed record HeartbeatMessage(DateTimeOffset At, bool Live);
