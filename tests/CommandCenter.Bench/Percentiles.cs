namespace CommandCenter.Bench;

public static class Percentiles
{
    public static double Of(List<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(percentile / 100 * sorted.Count) - 1)];
    }
}
