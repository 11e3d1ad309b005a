using CommandCenter.Web.Components;
using Radzen;

namespace CommandCenter.Web.Extensions;

public static class UiExtensions
{
    /// <summary>Blazor (interactive server rendering) with Radzen components.</summary>
    public static WebApplicationBuilder AddCommandCenterUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        return builder;
    }

    public static WebApplication MapCommandCenterUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
