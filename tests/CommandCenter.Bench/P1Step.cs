namespace CommandCenter.Bench;

/// <summary>P1 at one number of writers: durable updates over HTTP and over the updates hub, and the raw limit from as many connections.</summary>
public sealed record P1Step(int Writers, int RawPayloadBytes, Measured Http, Measured Hub, Measured Raw);
