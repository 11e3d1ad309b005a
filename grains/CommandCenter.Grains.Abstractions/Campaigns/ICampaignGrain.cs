using CommandCenter.Tasks;
using CommandCenter.Wall;

namespace CommandCenter.Campaigns;

/// <summary>One campaign (drive), keyed by campaign id. Rolls up its tasks and numbers its changes.</summary>
[Alias("ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>Creates the campaign or replaces its plan. Task grains are defined separately.</summary>
    [Alias("Define")]
    Task Define(CampaignDefinition definition);

    /// <summary>The plan, or null when no campaign has this id.</summary>
    [AlwaysInterleave, Alias("GetDefinition")]
    Task<CampaignDefinition?> GetDefinition();

    /// <summary>The snapshot, or null when no campaign has this id.</summary>
    [Alias("GetSnapshot")]
    Task<CampaignSnapshot?> GetSnapshot();

    /// <summary>Called by a task after its new state is durable.</summary>
    [Alias("OnTaskChanged")]
    Task OnTaskChanged(TaskView task);

    /// <summary>Called by a silo's notifier with tasks' changes that are durable, in the order they committed.</summary>
    [Alias("OnTasksChanged")]
    Task OnTasksChanged(IReadOnlyList<TaskView> tasks);

    /// <summary>The changes after <paramref name="sequence"/>, or a snapshot when the change log no longer reaches back that far; null for an unknown campaign.</summary>
    [Alias("CatchUp")]
    Task<WallCatchUp?> CatchUp(long sequence);

    /// <summary>
    /// Within the hours before this week's report deadline, reminds the lead units that have not reported (run
    /// hourly by an Orleans reminder); returns the units reminded.
    /// </summary>
    [Alias("RemindReporters")]
    Task<IReadOnlyList<string>> RemindReporters();

    /// <summary>Makes every wall screen of this campaign reload itself (after an upgrade).</summary>
    [Alias("ReloadWalls")]
    Task<bool> ReloadWalls();
}
