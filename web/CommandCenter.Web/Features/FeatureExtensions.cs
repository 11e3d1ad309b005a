namespace CommandCenter.Web.Features;

/// <summary>
/// What a feature's <c>AddX()</c> and <c>MapX()</c> do, written once: register the feature's desks (one instance for
/// the host) and map its endpoint groups. A feature's extensions then read as one line each (Program.cs stays a table of
/// contents, one line per feature).
/// </summary>
public static class FeatureExtensions
{
    public static WebApplicationBuilder AddSingletons(this WebApplicationBuilder builder, params ReadOnlySpan<Type> services)
    {
        foreach (var service in services)
        {
            builder.Services.AddSingleton(service);
        }

        return builder;
    }

    public static WebApplication MapEndpoints(this WebApplication app, params ReadOnlySpan<Func<IEndpointRouteBuilder, IEndpointRouteBuilder>> groups)
    {
        foreach (var map in groups)
        {
            map(app);
        }

        return app;
    }
}
