using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Admin;

/// <summary>Operations views for the administrator.</summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Office)
            .MapGet("/cluster", async (ClusterOverviewReader reader) => TypedResults.Ok(await reader.Read()));
        return app;
    }
}
