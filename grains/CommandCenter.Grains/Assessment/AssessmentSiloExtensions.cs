using Microsoft.Extensions.DependencyInjection;

namespace CommandCenter.Assessment;

public static class AssessmentSiloExtensions
{
    /// <summary>The reader of a period's inputs (published periods are kept by the stores: <c>IPublishedPeriods</c>).</summary>
    public static IServiceCollection AddAssessment(this IServiceCollection services)
    {
        services.AddSingleton<AssessmentSources>();
        return services;
    }
}
