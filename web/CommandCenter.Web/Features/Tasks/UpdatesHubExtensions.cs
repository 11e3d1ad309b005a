
namespace CommandCenter.Web.Features.Tasks;

public static class UpdatesHubExtensions
{
    /// <summary>The updates hub; a connection closes when the bearer token it was opened with expires.</summary>
    public static WebApplication MapUpdatesHub(this WebApplication app)
    {
        app.MapHub<UpdatesHub>(UpdatesHub.Path, o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
