namespace CommandCenter.Assessment;

/// <summary>Where published periods are kept: each revision written once, never changed (PostgreSQL, or memory for a throwaway silo).</summary>
public interface IPublishedPeriods
{
    /// <summary>Stores a new revision; false when that revision of the period exists already (nothing written).</summary>
    Task<bool> Add(PublishedPeriod period);

    /// <summary>Every revision of every published period of the campaign.</summary>
    Task<IReadOnlyList<PublishedPeriod>> All(string campaignId);
}
