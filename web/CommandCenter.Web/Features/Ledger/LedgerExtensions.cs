namespace CommandCenter.Web.Features.Ledger;

/// <summary>The ledger (台账): filtered, paged cases and notices, and their export.</summary>
public static class LedgerExtensions
{
    public static WebApplication MapLedger(this WebApplication app) => app.MapEndpoints(LedgerApi.MapLedgerApi);
}
