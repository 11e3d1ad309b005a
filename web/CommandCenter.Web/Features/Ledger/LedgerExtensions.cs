using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommandCenter.Web.Features.Ledger;

/// <summary>The ledger (台账): filtered, paged cases and notices, and their export.</summary>
public static class LedgerExtensions
{
    public static WebApplicationBuilder AddLedger(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<CommandCenter.Ledger.ICaseLedger>(sp =>
            new CommandCenter.Ledger.PostgresCaseLedger(sp.GetRequiredService<CommandCenter.Persistence.CommandCenterDatabase>().DataSource));
        return builder;
    }

    public static WebApplication MapLedger(this WebApplication app)
    {
        app.MapLedgerApi();
        return app;
    }
}
