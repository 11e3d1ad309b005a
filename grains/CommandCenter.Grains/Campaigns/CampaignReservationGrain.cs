namespace CommandCenter.Campaigns;

/// <summary>Holds a campaign id for one creation at a time, for at most <see cref="ReservationLength"/>.</summary>
public sealed class CampaignReservationGrain(DomainClock time) : Grain, ICampaignReservationGrain
{
    /// <summary>How long a creation may hold the campaign id while it stores the tasks.</summary>
    public static readonly TimeSpan ReservationLength = TimeSpan.FromMinutes(10);

    private (Guid Token, DateTimeOffset Until)? _held;

    public async Task<bool> Reserve(Guid token)
    {
        if (token == Guid.Empty || HeldByOther(token)
            || await GrainFactory.GetGrain<ICampaignGrain>(this.GetPrimaryKeyString()).GetDefinition() is not null)
        {
            return false;
        }

        Hold(token);
        return true;
    }

    public Task Release(Guid token)
    {
        if (_held?.Token == token)
        {
            _held = null;
        }

        return Task.CompletedTask;
    }

    public Task<bool> Claim(Guid token)
    {
        if (HeldByOther(token))
        {
            return Task.FromResult(false);
        }

        // A creation with a token keeps its hold while the campaign stores itself; one without leaves the id free.
        if (token == Guid.Empty)
        {
            _held = null;
        }
        else
        {
            Hold(token);
        }

        return Task.FromResult(true);
    }

    private void Hold(Guid token)
    {
        _held = (token, time.GetUtcNow() + ReservationLength);
        DelayDeactivation(ReservationLength);
    }

    private bool HeldByOther(Guid token) => _held is { } held && held.Token != token && held.Until > time.GetUtcNow();
}
