namespace CommandCenter.Web.Features.Supervision;

/// <summary>Supervision notices (督办): issue, answer, close, escalate (<see cref="NoticeDesk"/>).</summary>
public static class SupervisionExtensions
{
    public static WebApplicationBuilder AddSupervision(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(NoticeDesk));

    public static WebApplication MapSupervision(this WebApplication app) => app.MapEndpoints(NoticesApi.MapNoticesApi);
}
