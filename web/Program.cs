using CommandCenter.Extensions;
using CommandCenter.Persistence.Operations;
using CommandCenter.Web.Accounts;
using CommandCenter.Web.Api;
using CommandCenter.Web.Assessment;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Backups;
using CommandCenter.Web.Briefings;
using CommandCenter.Web.CaseStandards;
using CommandCenter.Web.Extensions;
using CommandCenter.Web.Input;
using CommandCenter.Web.Map;

if (BackupCommands.IsCommand(args))
{
    return await BackupCommands.RunAsync(args); // `backup FILE` / `restore FILE`: see docs/OPERATIONS.md
}

var builder = WebApplication.CreateBuilder(args);
builder.ExplainStartupProblems();

var database = await builder.AddCommandCenterStorageAsync();
builder.AddCommandCenterOrleans(database);
builder.AddCommandCenterAuth(database);
builder.AddCommandCenterAccess();
builder.AddCommandCenterApi();
builder.AddCommandCenterInput();
builder.AddCommandCenterWall();
builder.AddCommandCenterUi();
builder.AddCommandCenterOffice();
builder.AddCommandCenterAssessment();
builder.AddCommandCenterBriefings();
builder.AddCommandCenterObservability();
builder.AddCommandCenterOpenApi();
builder.AddCommandCenterBackups(database);
builder.AddCommandCenterMap();

var app = builder.Build();

app.UseCommandCenterTransport();
app.UseRequestRates();
app.UseCommandCenterErrors();
app.UseCommandCenterInput();
app.UseAuthentication();
app.UseCommandCenterAccess();
app.UseAuthorization();
app.UseAntiforgery();

app.MapCommandCenterHealth();
app.MapAuthApi();
app.MapAccountEndpoints();
app.MapCampaignsApi();
app.MapTasksApi();
app.MapDisplayTokensApi();
app.MapCampaignPlanApi();
app.MapCampaignStructureApi();
app.MapUsersApi();
app.MapAccountsApi();
app.MapReportsApi();
app.MapBriefingsApi();
app.MapGridsApi();
app.MapCasesApi();
app.MapNoticesApi();
app.MapLedgerApi();
app.MapCaseRulesApi();
app.MapCaseStandardsApi();
app.MapEvidenceApi();
app.MapHistoryApi();
app.MapAdminApi();
app.MapBackupsApi();
app.MapAssessmentApi();
app.MapMapApi();
app.MapWallHub();
app.MapUpdatesHub();
app.MapCommandCenterObservability();
app.MapCommandCenterOpenApi();
app.MapCommandCenterUi();

app.Run();
return 0;

/// <summary>The web host's entry point (public for the integration tests).</summary>
public partial class Program;
