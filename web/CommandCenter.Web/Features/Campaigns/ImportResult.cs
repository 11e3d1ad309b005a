using CommandCenter.Planning;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>What an import did: the number of tasks stored, or why it stored nothing.</summary>
public sealed record ImportResult(string? Conflict, IReadOnlyList<TaskTableError> RowErrors, int Tasks = 0);
