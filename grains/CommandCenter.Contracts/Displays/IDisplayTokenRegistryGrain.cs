namespace CommandCenter.Displays;

/// <summary>All display tokens; a single instance keyed by <see cref="Key"/>.</summary>
[Alias("IDisplayTokenRegistryGrain")]
public interface IDisplayTokenRegistryGrain : IGrainWithStringKey
{
    const string Key = "all";

    [Alias("Issue")]
    Task<IssuedDisplayToken> Issue(string name, string? campaignId, string createdBy);

    [Alias("List")]
    Task<IReadOnlyList<DisplayToken>> List();

    /// <summary>Revokes the token and disconnects its screens; false when there is no such token.</summary>
    [Alias("Revoke")]
    Task<bool> Revoke(string id);

    /// <summary>The live (not revoked) token with this secret, or null.</summary>
    [AlwaysInterleave, Alias("Find")]
    Task<DisplayToken?> Find(string secret);
}
