using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommandCenter.Web.Shell;

public static class ApiExtensions
{
    /// <summary>JSON with camelCase enum names, RFC 7807 problem details for every error, health checks.</summary>
    public static WebApplicationBuilder AddCommandCenterApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = StatusPages.Explain);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<DataErrorExceptionHandler>();
        builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthExtensions.ReadyTag])
            .AddCheck<OrleansHealthCheck>("orleans", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    public static WebApplication UseCommandCenterErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseCommandCenterStatusPages();
        return app;
    }
}
