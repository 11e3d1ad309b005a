namespace CommandCenter.Wall.Contracts;

/// <summary>Body of the <c>Heartbeat</c> message: server time and whether the cluster (and so the data) is live.</summary>
public sealed record HeartbeatMessage(DateTimeOffset At, bool Live);
