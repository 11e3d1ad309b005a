using CommandCenter.Web.Features.History;
using CommandCenter.Web.Features.Tasks;

namespace CommandCenter.Web.Shell;

public static class OfficeExtensions
{
    /// <summary>The services behind the office and unit-head pages and their API: updates, evidence, history queries, cases, notices.</summary>
    public static WebApplicationBuilder AddCommandCenterOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddSingleton<TaskUpdater>();
        builder.Services.AddSingleton<MyTasks>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Campaigns.CampaignSettings>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Campaigns.CampaignCloner>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Campaigns.CampaignEditor>();
        builder.Services.AddScoped<CommandCenter.Web.Features.People.UserAccounts>();
        builder.Services.AddSingleton<HistoryQueries>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Reports.ReportDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Cases.CaseDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Cases.CaseBoard>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Supervision.NoticeDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Features.Today.OfficeToday>();
        return builder;
    }
}
