using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommandCenter.Web.Shell;

/// <summary>
/// Problem-details answers (RFC 7807) in the document: every operation may answer 400 (naming the field), 404, 409
/// and 503 with <c>application/problem+json</c>, as <c>Problems</c> and the exception handlers do.
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer
{
    private static readonly (string Status, string Description)[] Common =
    [
        ("400", "请求无效 Invalid input: a validation problem naming the field; nothing is stored"),
        ("404", "不存在 Unknown id"),
        ("409", "冲突 A stale version or a state that forbids the change"),
        ("503", "暂不可用 The database or the cluster cannot be reached; retry"),
    ];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        foreach (var (status, description) in Common)
        {
            operation.Responses.TryAdd(status, await Create(context, description, cancellationToken, status == "400" ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails)));
        }
    }

    public static async Task<OpenApiResponse> Create(OpenApiOperationTransformerContext context, string description, CancellationToken cancellationToken, Type? type = null) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(type ?? typeof(ProblemDetails), null, cancellationToken) },
        },
    };
}
