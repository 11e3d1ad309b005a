namespace CommandCenter.Web.Features.Statistics;

/// <summary>One group of period case statistics: its key (e.g. <c>hotline</c>, <c>2026-11</c>), its Chinese label, its counts and rates.</summary>
public sealed record CaseStatsGroup(string Key, string Label, CaseStats Stats);
