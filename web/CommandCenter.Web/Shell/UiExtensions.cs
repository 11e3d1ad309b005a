using Radzen;

namespace CommandCenter.Web.Shell;

public static class UiExtensions
{
    /// <summary>Blazor with Radzen: office pages render on the server, the wall runs in the browser (WebAssembly).</summary>
    public static WebApplicationBuilder AddCommandCenterUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddInteractiveWebAssemblyComponents();
        builder.Services.AddRadzenComponents();
        return builder;
    }

    public static WebApplication MapCommandCenterUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(CommandCenter.Wall.Pages.WallPage).Assembly);
        return app;
    }
}
