namespace CommandCenter.Web.Features.Cases;

/// <summary>Cases (事件/部件): where a case changes state (<see cref="CaseDesk"/>), the grid head's board, photos, case rules and standards.</summary>
public static class CasesExtensions
{
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(CaseDesk), typeof(CaseBoard), typeof(CaseFeed));

    public static WebApplication MapCases(this WebApplication app) => app.MapEndpoints(CasesApi.MapCasesApi, CaseRulesApi.MapCaseRulesApi, CaseStandardsApi.MapCaseStandardsApi);
}
