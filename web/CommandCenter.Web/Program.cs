using CommandCenter.Extensions;
using CommandCenter.Persistence.Operations;
using CommandCenter.Web.Features.Admin;
using CommandCenter.Web.Features.Assessment;
using CommandCenter.Web.Features.Briefings;
using CommandCenter.Web.Features.Campaigns;
using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Features.Displays;
using CommandCenter.Web.Features.Grids;
using CommandCenter.Web.Features.History;
using CommandCenter.Web.Features.Ledger;
using CommandCenter.Web.Features.Map;
using CommandCenter.Web.Features.People;
using CommandCenter.Web.Features.Reports;
using CommandCenter.Web.Features.Supervision;
using CommandCenter.Web.Features.Tasks;
using CommandCenter.Web.Shell;
using CommandCenter.Web.Wall;

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
