using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommandCenter.Web.Shell;

/// <summary>The two credentials of the API: the bearer token of <c>POST /api/auth/token</c> and the pages' sign-in cookie.</summary>
public sealed class SecuritySchemes : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "CommandCenter 指挥中心 API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[AuthOperationTransformer.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "POST /api/auth/token { userName, password } → accessToken (1 h)",
        };
        document.Components.SecuritySchemes[AuthOperationTransformer.Cookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "cc.signin",
            Description = "The sign-in cookie of the pages (/signin)",
        };
        return Task.CompletedTask;
    }
}
