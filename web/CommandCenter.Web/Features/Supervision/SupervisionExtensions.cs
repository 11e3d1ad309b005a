namespace CommandCenter.Web.Features.Supervision;

/// <summary>Supervision notices (督办): issue, answer, close, escalate (<see cref="NoticeDesk"/>).</summary>
public static class SupervisionExtensions
{
    public static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NoticeDesk>();
        return builder;
    }

    public static WebApplication MapSupervision(this WebApplication app)
    {
        app.MapNoticesApi();
        return app;
    }
}
