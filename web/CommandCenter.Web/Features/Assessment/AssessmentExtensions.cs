namespace CommandCenter.Web.Features.Assessment;

public static class AssessmentExtensions
{
    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(AssessmentDesk), typeof(StandingsFeed));

    public static WebApplication MapAssessment(this WebApplication app) => app.MapEndpoints(AssessmentApi.MapAssessmentApi);
}
