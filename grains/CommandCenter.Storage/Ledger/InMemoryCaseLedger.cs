using System.Collections.Concurrent;

namespace CommandCenter.Ledger;

/// <summary>The case ledger for <c>Storage:Mode=Memory</c>: gone with the process.</summary>
public sealed class InMemoryCaseLedger : ICaseLedger
{
    private readonly ConcurrentDictionary<string, (int Version, LedgerCase Case)> _cases = new();

    public Task Upsert(IReadOnlyList<CaseView> cases)
    {
        foreach (var c in cases)
        {
            _cases.AddOrUpdate(c.Id, (c.Version, LedgerCase.Of(c)), (_, known) => known.Version > c.Version ? known : (c.Version, LedgerCase.Of(c)));
        }

        return Task.CompletedTask;
    }

    public Task Remove(IReadOnlyList<string> caseIds)
    {
        foreach (var id in caseIds)
        {
            _cases.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }

    public Task<CasePage> Query(CaseQuery q)
    {
        var matching = _cases.Values.Select(v => v.Case).Where(c =>
                (q.CampaignId is null || c.CampaignId == q.CampaignId) && (q.Grid is null || c.GridCode == q.Grid) && (q.Unit is null || c.Unit == q.Unit)
                && (q.Category is null || c.Category == q.Category) && (q.Status is null || c.Status == q.Status) && (q.Overdue is null || c.Overdue == q.Overdue)
                && (q.Open is null || (c.Status is not (CaseStatus.Closed or CaseStatus.NotAccepted or CaseStatus.Withdrawn)) == q.Open)
                && (q.Withdrawn is null || (c.Status == CaseStatus.Withdrawn) == q.Withdrawn)
                && (q.Source is null || c.Source == q.Source) && (q.ReportedFrom is null || c.ReportedAt >= q.ReportedFrom)
                && (q.ReportedBefore is null || c.ReportedAt < q.ReportedBefore) && (q.Located is null || (c.Latitude is not null) == q.Located))
            .OrderByDescending(c => c.ReportedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(new CasePage(matching.Count, q.Page, q.PageSize, matching.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize).ToList()));
    }

    public Task<IReadOnlyList<CaseTally>> Tally(string campaignId, DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult<IReadOnlyList<CaseTally>>(_cases.Values.Select(v => v.Case)
            .Where(c => c.CampaignId == campaignId && c.ReportedAt >= from && c.ReportedAt < to && c.Status != CaseStatus.Withdrawn)
            .GroupBy(c => (c.GridCode, c.Unit))
            .Select(g => new CaseTally(g.Key.GridCode, g.Key.Unit, new CommandCenter.Assessment.CaseFacts(
                g.Count(), g.Count(CaseTally.IsHandled), g.Count(c => c.Status == CaseStatus.Closed), g.Count(c => c.ClosedOnTime), g.Count(c => c.ReworkCount > 0), g.Count(c => c.Overdue))))
            .ToList());
}
