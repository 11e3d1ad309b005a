namespace CommandCenter.Web.Features.Admin;

/// <summary>
/// One bar pair of the cluster page's chart, its minute already written as <c>HH:mm</c>: Radzen's category axis hands
/// a formatter <see cref="DateTime"/> values even for <see cref="DateTimeOffset"/> data, and the cast that broke the
/// page's live connection is not needed with a text category.
/// </summary>
public sealed record RequestRatePoint(string Minute, long Requests, long ServerErrors)
{
    public static IReadOnlyList<RequestRatePoint> Of(IEnumerable<RequestRateMinute> minutes) =>
        [.. minutes.Select(m => new RequestRatePoint(m.Minute.ToLocalTime().ToString("HH:mm"), m.Requests, m.ServerErrors))];
}
