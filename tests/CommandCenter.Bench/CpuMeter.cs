namespace CommandCenter.Bench;

/// <summary>
/// Where the processor time of a measure went: the web host's own CPU time (when this program started it) and how busy
/// the whole machine was (<c>/proc/stat</c>), so a result shows whether it was bound by processor or by waiting.
/// </summary>
public sealed class CpuMeter(Deployment deployment)
{
    private TimeSpan? _web = deployment.WebCpuTime;
    private (long Busy, long Total) _machine = Machine();

    /// <summary>Web host CPU milliseconds since the mark (null for a deployment this program did not start).</summary>
    public double? WebCpuMs => deployment.WebCpuTime - _web is { } spent ? spent.TotalMilliseconds : null;

    /// <summary>Share of all cores busy since the mark, 0–1.</summary>
    public double MachineBusy
    {
        get
        {
            var (busy, total) = Machine();
            return total == _machine.Total ? 0 : (double)(busy - _machine.Busy) / (total - _machine.Total);
        }
    }

    private static (long Busy, long Total) Machine()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }
}
