using CommandCenter.Tasks;
using CommandCenter.Wall;

namespace CommandCenter.Campaigns;

/// <summary>One campaign (drive), keyed by campaign id: its plan; rolls up its tasks and numbers its changes.</summary>
[Alias("ICampaignGrain")]
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the campaign (revision 1) unless one exists or another creation holds the id; pass the token of
    /// <see cref="ICampaignReservationGrain.Reserve"/>, or <see cref="Guid.Empty"/>. Task grains are defined separately, before.
    /// </summary>
    [Alias("Create")]
    Task<bool> Create(CampaignDefinition definition, Guid reservation);

    /// <summary>
    /// Replaces the plan if it is still at <c>definition.Revision</c> (the revision it was read at), as the next
    /// revision; false when someone saved in between: read again and redo the change.
    /// </summary>
    [Alias("Replace")]
    Task<bool> Replace(CampaignDefinition definition);

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

    /// <summary>Makes every wall screen of this campaign reload itself (after an upgrade).</summary>
    [Alias("ReloadWalls")]
    Task<bool> ReloadWalls();
}
