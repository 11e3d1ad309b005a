using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommandCenter.Web.Shell;

/// <summary>The health endpoints are health-check middleware, not route handlers, so the API explorer misses them: described here.</summary>
public sealed class HealthPaths : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        Add(document, "/health/live", "存活 Liveness: the process answers");
        Add(document, "/health/ready", "就绪 Readiness: the cluster and the database are usable (503 when not)");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiDocument document, string path, string summary)
    {
        var text = new Dictionary<string, OpenApiMediaType> { ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } } };
        document.Paths[path] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    Summary = summary,
                    Tags = new HashSet<OpenApiTagReference> { new("Health", document) },
                    Description = "权限 Auth: anonymous",
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse { Description = "Healthy", Content = text },
                        ["503"] = new OpenApiResponse { Description = "Unhealthy", Content = text },
                    },
                },
            },
        };
    }
}
