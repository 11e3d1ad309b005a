namespace CommandCenter.Web.Features.Admin;

/// <summary>Requests this web host answered in the minute starting at <paramref name="Minute"/>.</summary>
public sealed record RequestRateMinute(DateTimeOffset Minute, long Requests, long ServerErrors);
