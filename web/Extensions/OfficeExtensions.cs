using CommandCenter.Web.Evidence;
using CommandCenter.Web.History;
using CommandCenter.Web.Updates;

namespace CommandCenter.Web.Extensions;

public static class OfficeExtensions
{
    /// <summary>The services behind the office and unit-head pages and their API: updates, evidence, history queries, cases, notices.</summary>
    public static WebApplicationBuilder AddCommandCenterOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvidenceStore>();
        builder.Services.AddSingleton<TaskUpdater>();
        builder.Services.AddSingleton<MyTasks>();
        builder.Services.AddSingleton<CommandCenter.Web.Campaigns.CampaignSettings>();
        builder.Services.AddSingleton<CommandCenter.Web.Campaigns.CampaignCloner>();
        builder.Services.AddSingleton<CommandCenter.Web.Campaigns.CampaignEditor>();
        builder.Services.AddScoped<CommandCenter.Web.Auth.UserAccounts>();
        builder.Services.AddSingleton<HistoryQueries>();
        builder.Services.AddSingleton<CommandCenter.Web.Reports.ReportDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Cases.CaseDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Cases.CaseBoard>();
        builder.Services.AddSingleton<CommandCenter.Web.Supervision.NoticeDesk>();
        builder.Services.AddSingleton<CommandCenter.Web.Today.OfficeToday>();
        return builder;
    }
}
