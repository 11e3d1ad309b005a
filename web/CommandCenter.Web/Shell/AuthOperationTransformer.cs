using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CommandCenter.Web.Shell;

/// <summary>
/// Describes the auth each operation needs, read from the endpoint's own authorization metadata (so an endpoint added
/// later is described the same way): its security requirement (bearer token and/or sign-in cookie), the roles, and
/// the 401/403 problem answers.
/// </summary>
public sealed class AuthOperationTransformer(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public const string Bearer = "Bearer";
    public const string Cookie = "Cookie";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Description = Append(operation.Description, "权限 Auth: anonymous");
            return;
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>().ToList(), metadata.OfType<AuthorizationPolicy>());
        if (policy is null)
        {
            operation.Description = Append(operation.Description, "权限 Auth: anonymous");
            return;
        }

        var roles = policy.Requirements.OfType<Microsoft.AspNetCore.Authorization.Infrastructure.RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).Distinct().ToList();
        var schemes = policy.AuthenticationSchemes.Count == 0
            ? [Bearer, Cookie] // the default scheme picks the bearer token or the sign-in cookie
            : policy.AuthenticationSchemes.Select(s => s == IdentityConstants.ApplicationScheme ? Cookie : Bearer).Distinct().ToList();

        operation.Security ??= [];
        foreach (var scheme in schemes)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }

        var who = roles.Count == 0 ? "any signed-in account" : "roles " + string.Join(", ", roles);
        operation.Description = Append(operation.Description, $"权限 Auth: {string.Join(" or ", schemes.Select(s => s == Bearer ? "bearer token" : "sign-in cookie"))}; {who}");
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", await ProblemResponses.Create(context, "未登录 Not signed in (no or an expired credential)", cancellationToken));
        if (roles.Count > 0)
        {
            operation.Responses.TryAdd("403", await ProblemResponses.Create(context, "无权限 The account's role does not allow this", cancellationToken));
        }
    }

    private static string Append(string? description, string line) =>
        string.IsNullOrEmpty(description) ? line : description + "\n\n" + line;
}
