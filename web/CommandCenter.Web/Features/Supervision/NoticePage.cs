namespace CommandCenter.Web.Features.Supervision;

/// <summary>One page of the notice ledger, newest first.</summary>
public sealed record NoticePage(int Total, int Page, int PageSize, IReadOnlyList<SupervisionNotice> Items);
