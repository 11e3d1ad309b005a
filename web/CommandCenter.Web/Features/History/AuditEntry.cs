namespace CommandCenter.Web.Features.History;

/// <summary>One history entry as the audit shows it: the change, and which task and unit it concerned.</summary>
public sealed record AuditEntry(TaskChange Change, string TaskCode, string TaskTitle, string OwnerUnit);
