namespace CommandCenter.Bench;

/// <summary>One P1 measure: writes per second, failures, writing transactions per write, and where the processor time went.</summary>
public sealed record Measured(double PerSecond, int Failures, double? CommitsPerWrite, double? WebMsPerWrite, double BenchMsPerWrite, double MachineMsPerWrite, double Busy)
{
    public static Measured Of(double perSecond, int failures, double? commits, (double? WebMs, double BenchMs, double MachineMs, double Busy) spent, TimeSpan duration)
    {
        var writes = Math.Max(1, perSecond * duration.TotalSeconds);
        return new Measured(perSecond, failures, commits / writes, spent.WebMs / writes, spent.BenchMs / writes, spent.MachineMs / writes, spent.Busy);
    }

    public string Cpu => $"CPU ms per write: {(WebMsPerWrite is { } web ? $"web host {web:F3}, " : "")}load generator {BenchMsPerWrite:F3}, all {MachineMsPerWrite:F3}; machine {Busy:P0} busy";

    public object Json => new
    {
        perSecond = Math.Round(PerSecond), failures = Failures, commitsPerWrite = CommitsPerWrite is { } c ? Math.Round(c, 3) : (double?)null,
        cpuMsPerWrite = new { webHost = WebMsPerWrite is { } w ? Math.Round(w, 3) : (double?)null, loadGenerator = Math.Round(BenchMsPerWrite, 3), machine = Math.Round(MachineMsPerWrite, 3), busy = Math.Round(Busy, 2) },
    };
}
