using CommandCenter.Extensions;
using CommandCenter.Storage.Operations;
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
using CommandCenter.Web.Features.Statistics;
using CommandCenter.Web.Features.Supervision;
using CommandCenter.Web.Features.Tasks;
using CommandCenter.Web.Features.Today;
using CommandCenter.Web.Features.Units;
using CommandCenter.Web.Shell;
using CommandCenter.Web.Shell.Languages;
using CommandCenter.Web.Wall;

if (BackupCommands.IsCommand(args))
{
    return await BackupCommands.RunAsync(args); // `backup FILE` / `restore FILE`: see docs/OPERATIONS.md
}

var builder = WebApplication.CreateBuilder(args);
builder.ExplainStartupProblems();

var database = await builder.AddCommandCenterStorageAsync();
builder.AddCommandCenterOrleans(database);
builder.AddShell(database);
builder.AddLanguages();
builder.AddWall();
builder.AddPeople();
builder.AddCampaigns();
builder.AddTasks();
builder.AddReports();
builder.AddBriefings();
builder.AddAssessment();
builder.AddSupervision();
builder.AddUnits();
builder.AddCases();
builder.AddGrids();
builder.AddStatistics();
builder.AddMap();
builder.AddHistory();
builder.AddToday();
builder.AddAdmin(database);

var app = builder.Build();

app.UseCommandCenterTransport();
app.UseRequestRates();
app.UseCommandCenterErrors();
app.UseCommandCenterInput();
app.UseLanguages();
app.UseAuthentication();
app.UseCommandCenterAccess();
app.UseAuthorization();
app.UseAntiforgery();

app.MapPeople();
app.MapCampaigns();
app.MapTasks();
app.MapReports();
app.MapBriefings();
app.MapAssessment();
app.MapSupervision();
app.MapUnits();
app.MapCases();
app.MapGrids();
app.MapMap();
app.MapLedger();
app.MapHistory();
app.MapDisplays();
app.MapAdmin();
app.MapWall();
app.MapShell();
app.MapLanguages();

await app.RunInEmptyContextAsync();
return 0;

/// <summary>The web host's entry point (public for the integration tests).</summary>
public partial class Program;
