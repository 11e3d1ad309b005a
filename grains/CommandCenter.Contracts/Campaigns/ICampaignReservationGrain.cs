namespace CommandCenter.Campaigns;

/// <summary>
/// The hold on a campaign id while a creation (an import, a clone, the demo seeding) stores the campaign's tasks, so a
/// second creation of the same id is refused before it touches any task. Keyed by campaign id; held in memory only.
/// </summary>
[Alias("ICampaignReservationGrain")]
public interface ICampaignReservationGrain : IGrainWithStringKey
{
    /// <summary>Holds the id for <paramref name="token"/>; false when a campaign has the id or another creation holds it.</summary>
    [Alias("Reserve")]
    Task<bool> Reserve(Guid token);

    /// <summary>Lets go of a reservation whose creation failed, so the id can be used again at once.</summary>
    [Alias("Release")]
    Task Release(Guid token);

    /// <summary>
    /// Called by the campaign as it is created: true unless another creation holds the id (pass the token of
    /// <see cref="Reserve"/>, or <see cref="Guid.Empty"/> when none was taken).
    /// </summary>
    [Alias("Claim")]
    Task<bool> Claim(Guid token);
}
