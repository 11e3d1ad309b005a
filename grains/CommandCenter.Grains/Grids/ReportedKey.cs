namespace CommandCenter.Grids;

/// <summary>A report's idempotency key and the case it stored (in <see cref="GridState.Reported"/>).</summary>
public sealed record ReportedKey(string Key, string CaseId);
