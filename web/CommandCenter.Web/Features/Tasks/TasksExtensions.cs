namespace CommandCenter.Web.Features.Tasks;

/// <summary>Tasks: where a task's progress is updated (<see cref="TaskUpdater"/>, by REST and by the updates hub), its evidence, "my tasks".</summary>
public static class TasksExtensions
{
    public static WebApplicationBuilder AddTasks(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(EvidenceStore), typeof(TaskUpdater), typeof(MyTasks), typeof(TaskReader));

    /// <summary>The task API, evidence, and the updates hub; a hub connection closes when the bearer token it was opened with expires.</summary>
    public static WebApplication MapTasks(this WebApplication app)
    {
        app.MapEndpoints(TasksApi.MapTasksApi, EvidenceApi.MapEvidenceApi);
        app.MapHub<UpdatesHub>(UpdatesHub.Path, o => o.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
