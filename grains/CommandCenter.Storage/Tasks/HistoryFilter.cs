namespace CommandCenter.Tasks;

/// <summary>Which of a campaign's history entries to read: by whom, recorded in [From, To), at most Limit (newest first).</summary>
public sealed record HistoryFilter(string? User, DateTimeOffset? From, DateTimeOffset? To, int Limit);
