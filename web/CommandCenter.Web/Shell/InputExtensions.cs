using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace CommandCenter.Web.Shell;

public static class InputExtensions
{
    /// <summary>The input policy (docs/DESIGN.md, "Input policy"): JSON bodies checked as they are read, bad requests answered with the field.</summary>
    public static WebApplicationBuilder AddCommandCenterInput(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o => InputJson.Apply(o.SerializerOptions));
        // A body that cannot be bound becomes an exception the API answers as a 400 naming the field, in every
        // environment (by default only Development throws; elsewhere the answer would be a bare 400).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Content types, charsets, route values and query strings, checked before any endpoint runs.</summary>
    public static WebApplication UseCommandCenterInput(this WebApplication app)
    {
        app.UseMiddleware<RequestShapeMiddleware>();
        return app;
    }
}
