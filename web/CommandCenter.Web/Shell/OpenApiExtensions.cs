using Scalar.AspNetCore;

namespace CommandCenter.Web.Shell;

public static class OpenApiExtensions
{
    /// <summary>The REST API described by Microsoft.AspNetCore.OpenApi: schemas, problem details and each endpoint's auth.</summary>
    public static WebApplicationBuilder AddCommandCenterOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(o =>
        {
            o.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<SecuritySchemes>();
            o.AddDocumentTransformer<HealthPaths>();
            o.AddOperationTransformer<AuthOperationTransformer>();
            o.AddOperationTransformer<ProblemResponses>();
        });
        return builder;
    }

    /// <summary><c>/openapi/v1.json</c> and the browsable reference at <c>/api/docs</c> (Scalar).</summary>
    public static WebApplication MapCommandCenterOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("CommandCenter 指挥中心 API"));
        return app;
    }
}
