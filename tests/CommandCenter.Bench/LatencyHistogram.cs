namespace CommandCenter.Bench;

/// <summary>
/// Latencies in 0.1 ms buckets (up to 60 s): millions of deliveries without keeping each one. A delivery that never
/// came counts as the longest latency, so percentiles cannot look better by losing changes.
/// </summary>
public sealed class LatencyHistogram
{
    private const double BucketMs = 0.1;
    private readonly long[] _buckets = new long[600_000];
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Add(double ms, long times = 1)
    {
        var bucket = (int)Math.Clamp(ms / BucketMs, 0, _buckets.Length - 1);
        Interlocked.Add(ref _buckets[bucket], times);
        Interlocked.Add(ref _count, times);
    }

    public void AddMissing(long times) => Add(double.MaxValue, times);

    public double Percentile(double percentile)
    {
        var count = Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(percentile / 100 * count);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank)
            {
                return (i + 1) * BucketMs;
            }
        }

        return _buckets.Length * BucketMs;
    }
}
