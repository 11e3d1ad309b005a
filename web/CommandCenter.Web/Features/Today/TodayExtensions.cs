namespace CommandCenter.Web.Features.Today;

/// <summary>The office's today page.</summary>
public static class TodayExtensions
{
    public static WebApplicationBuilder AddToday(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(OfficeToday));
}
