namespace CommandCenter.Web.Tests.Faults;

/// <summary>One progress update sent by <see cref="UpdateLoad"/>: what was sent, what came back and how long it took.</summary>
public sealed record Outcome(string TaskId, int Value, string Note, int Status, TimeSpan Elapsed, DateTimeOffset At)
{
    public bool Acknowledged => Status == 200;
}
