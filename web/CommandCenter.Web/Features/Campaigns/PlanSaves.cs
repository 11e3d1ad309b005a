namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Saving a change to a plan is read, change, <see cref="ICampaignGrain.Replace"/>; the campaign refuses a plan read
/// before someone else's save, and the change is then made again on the newer plan, so no edit is lost.
/// </summary>
public static class PlanSaves
{
    public const int MaxAttempts = 10;

    public static async Task<(T? Saved, PlanRefusal? Refusal)> Retrying<T>(Func<Task<(T? Saved, PlanRefusal? Refusal, bool Stale)>> attempt)
    {
        for (var i = 0; i < MaxAttempts; i++)
        {
            var (saved, refusal, stale) = await attempt();
            if (!stale)
            {
                return (saved, refusal);
            }

            // Savers that collided spread out before they read again, so they do not collide again in step.
            await Task.Delay(Random.Shared.Next(5, 20 * (i + 1)));
        }

        return (default, PlanRefusal.Conflict("revision", "计划正被他人频繁修改，请稍后重试 / the plan kept changing while this was saved; try again."));
    }
}
