namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Saving a change to a plan is read, change, <see cref="ICampaignGrain.Replace"/>; the campaign refuses a plan read
/// before someone else's save, and the change is then made again on the newer plan, so no edit is lost.
/// </summary>
public static class PlanSaves
{
    public const int MaxAttempts = 10;

    /// <summary>The answer of an attempt whose plan was saved by someone else meanwhile: it reads and tries again.</summary>
    public static readonly Refusal Stale = Refusal.Stale("计划已被他人修改 / the plan was saved meanwhile.");

    public static async Task<Outcome<T>> Retrying<T>(Func<Task<Outcome<T>>> attempt)
    {
        for (var i = 0; i < MaxAttempts; i++)
        {
            var outcome = await attempt();
            if (outcome.Refusal?.Kind != RefusalKind.Stale)
            {
                return outcome;
            }

            // Savers that collided spread out before they read again, so they do not collide again in step.
            await Task.Delay(Random.Shared.Next(5, 20 * (i + 1)));
        }

        return Refusal.Conflict("revision", "计划正被他人频繁修改，请稍后重试 / the plan kept changing while this was saved; try again.");
    }
}
