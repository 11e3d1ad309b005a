namespace CommandCenter.Web.Features.Admin;

/// <summary>
/// Requests answered by this web host per minute over the last <see cref="Minutes"/> minutes, and how many were
/// server errors (5xx): a small in-memory window for the cluster page; long-term numbers go to OpenTelemetry.
/// </summary>
public sealed class RequestRates(TimeProvider time)
{
    public const int Minutes = 15;

    private readonly Bucket[] _buckets = Enumerable.Range(0, Minutes).Select(_ => new Bucket()).ToArray();

    public void Record(int statusCode)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var bucket = _buckets[minute % Minutes];
        lock (bucket)
        {
            if (bucket.Minute != minute)
            {
                (bucket.Minute, bucket.Requests, bucket.ServerErrors) = (minute, 0, 0);
            }

            bucket.Requests++;
            bucket.ServerErrors += statusCode >= 500 ? 1 : 0;
        }
    }

    /// <summary>Oldest minute first, the current (partial) minute last; minutes without requests count zero.</summary>
    public IReadOnlyList<RequestRateMinute> Recent()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var result = new List<RequestRateMinute>(Minutes);
        for (var minute = now - Minutes + 1; minute <= now; minute++)
        {
            var bucket = _buckets[minute % Minutes];
            lock (bucket)
            {
                var (requests, errors) = bucket.Minute == minute ? (bucket.Requests, bucket.ServerErrors) : (0, 0);
                result.Add(new RequestRateMinute(DateTimeOffset.FromUnixTimeSeconds(minute * 60), requests, errors));
            }
        }

        return result;
    }

    private sealed class Bucket
    {
        public long Minute = -1;
        public long Requests;
        public long ServerErrors;
    }
}
