namespace CommandCenter.Web.Features.Assessment;

public static class AssessmentExtensions
{
    /// <summary>The assessment's web services: the desk behind its API and pages, and the live standings feed to the wall.</summary>
    public static WebApplicationBuilder AddAssessment(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AssessmentDesk>();
        builder.Services.AddSingleton<StandingsFeed>();
        return builder;
    }

    public static WebApplication MapAssessment(this WebApplication app)
    {
        app.MapAssessmentApi();
        return app;
    }
}
