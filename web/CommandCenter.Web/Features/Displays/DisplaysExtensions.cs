namespace CommandCenter.Web.Features.Displays;

/// <summary>The office's display tokens for wall screens.</summary>
public static class DisplaysExtensions
{
    public static WebApplication MapDisplays(this WebApplication app) => app.MapEndpoints(DisplayTokensApi.MapDisplayTokensApi);
}
