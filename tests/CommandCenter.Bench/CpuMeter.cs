using System.Diagnostics;

namespace CommandCenter.Bench;

/// <summary>
/// Where the processor time of a measure went: the web host (when this program started it), this program (the load
/// generator) and the rest of the machine (mostly PostgreSQL), from <c>/proc</c>; shows whether a result was bound by
/// processor or by waiting, and which part to make cheaper.
/// </summary>
public sealed class CpuMeter(Deployment deployment)
{
    private const double MsPerTick = 10;   // USER_HZ = 100 on Linux

    private readonly TimeSpan? _web = deployment.WebCpuTime;
    private readonly TimeSpan _bench = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly (long Busy, long Total) _machine = Machine();

    /// <summary>Processor milliseconds since the mark: web host (null if not started here), this program, everything.</summary>
    public (double? WebMs, double BenchMs, double MachineMs, double Busy) Spent()
    {
        var (busy, total) = Machine();
        return (
            deployment.WebCpuTime - _web is { } web ? web.TotalMilliseconds : null,
            (Process.GetCurrentProcess().TotalProcessorTime - _bench).TotalMilliseconds,
            (busy - _machine.Busy) * MsPerTick,
            total == _machine.Total ? 0 : (double)(busy - _machine.Busy) / (total - _machine.Total));
    }

    private static (long Busy, long Total) Machine()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }
}
