using CommandCenter.Accounts;
using CommandCenter.Assessment;
using CommandCenter.Ledger;
using CommandCenter.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CommandCenter.Storage;

public static class StorageServices
{
    /// <summary>
    /// Every store, registered in this one place: the task store and its group commit, the case ledger and the published
    /// assessment periods (in memory when <paramref name="database"/> is null, <c>Storage:Mode=Memory</c>), and on
    /// PostgreSQL also the task history, task evidence, case photos, case period counts and the account audit.
    /// Idempotent: a silo co-hosted with a web host gets each store once.
    /// </summary>
    public static IServiceCollection AddCommandCenterStores(this IServiceCollection services, CommandCenterDatabase? database)
    {
        if (database is null)
        {
            services.TryAddSingleton<ITaskStore, InMemoryTaskStore>();
            services.TryAddSingleton<ICaseLedger, InMemoryCaseLedger>();
            services.TryAddSingleton<IPublishedPeriods, InMemoryPublishedPeriods>();
            return services;
        }

        var data = database.DataSource;
        services.TryAddSingleton(sp => new TaskGroupCommit(data, ServiceId(sp), sp.GetRequiredService<ILogger<TaskGroupCommit>>()));
        services.TryAddSingleton<ITaskStore>(sp => new PostgresTaskStore(data, ServiceId(sp), sp.GetRequiredService<TaskGroupCommit>()));
        services.TryAddSingleton<ICaseLedger>(new PostgresCaseLedger(data));
        services.TryAddSingleton<IPublishedPeriods>(sp => new PostgresPublishedPeriods(data, ServiceId(sp)));
        services.TryAddSingleton(new TaskHistory(data));
        services.TryAddSingleton(new TaskEvidence(data));
        services.TryAddSingleton(new CasePhotoStore(data));
        services.TryAddSingleton(new CasePeriodQueries(data));
        services.TryAddSingleton(new AccountAuditLog(data));
        services.TryAddSingleton(new CommandCenter.Storage.Units.UnitStore(data));
        return services;
    }

    private static string ServiceId(IServiceProvider services) => services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;
}
