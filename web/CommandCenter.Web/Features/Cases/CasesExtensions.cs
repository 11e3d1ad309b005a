namespace CommandCenter.Web.Features.Cases;

/// <summary>Cases (事件/部件): where a case changes state (<see cref="CaseDesk"/>), the grid head's board, photos, case rules and standards.</summary>
public static class CasesExtensions
{
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CasePhotoStore>();
        builder.Services.AddSingleton<CaseDesk>();
        builder.Services.AddSingleton<CaseBoard>();
        builder.Services.AddSingleton<CaseFeed>();
        return builder;
    }

    public static WebApplication MapCases(this WebApplication app)
    {
        app.MapCasesApi();
        app.MapCaseRulesApi();
        app.MapCaseStandardsApi();
        return app;
    }
}
