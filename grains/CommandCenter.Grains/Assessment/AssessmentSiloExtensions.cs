using CommandCenter.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace CommandCenter.Assessment;

public static class AssessmentSiloExtensions
{
    /// <summary>The assessment's services: where published periods are kept, and the reader of a period's inputs.</summary>
    public static IServiceCollection AddAssessment(this IServiceCollection services, CommandCenterDatabase? database)
    {
        services.AddSingleton<AssessmentSources>();
        if (database is null)
        {
            services.AddSingleton<IPublishedPeriods, InMemoryPublishedPeriods>();
        }
        else
        {
            services.AddSingleton<IPublishedPeriods>(sp => new PostgresPublishedPeriods(database.DataSource, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        }

        return services;
    }
}
