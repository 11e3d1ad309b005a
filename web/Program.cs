using CommandCenter.Extensions;
using CommandCenter.Web.Accounts;
using CommandCenter.Web.Api;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

var database = await builder.AddCommandCenterStorageAsync();
builder.AddCommandCenterOrleans(database);
builder.AddCommandCenterAuth(database);
builder.AddCommandCenterAccess();
builder.AddCommandCenterApi();
builder.AddCommandCenterWall();
builder.AddCommandCenterUi();
builder.AddCommandCenterOffice();
builder.AddCommandCenterObservability();

var app = builder.Build();

app.UseCommandCenterTransport();
app.UseRequestRates();
app.UseCommandCenterErrors();
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
app.MapGridsApi();
app.MapCasesApi();
app.MapNoticesApi();
app.MapLedgerApi();
app.MapCaseRulesApi();
app.MapEvidenceApi();
app.MapHistoryApi();
app.MapAdminApi();
app.MapWallHub();
app.MapUpdatesHub();
app.MapCommandCenterUi();

app.Run();

/// <summary>The web host's entry point (public for the integration tests).</summary>
public partial class Program;
