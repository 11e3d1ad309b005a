using System.Security.Cryptography;
using System.Text;

namespace CommandCenter.Displays;

/// <summary>Issues, lists and revokes display tokens; only a hash of each secret is stored.</summary>
public sealed class DisplayTokenRegistryGrain(
    [PersistentState("display-tokens", StorageNames.Default)] IPersistentState<List<DisplayToken>> state,
    WallPublisher wall,
    DomainClock time) : Grain, IDisplayTokenRegistryGrain
{
    public async Task<IssuedDisplayToken> Issue(string name, string? campaignId, string createdBy)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var token = new DisplayToken
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            Name = name,
            CampaignId = campaignId,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
            SecretHash = Hash(secret),
        };
        state.State.Add(token);
        await state.WriteStateAsync();
        return new IssuedDisplayToken { Token = token, Secret = secret };
    }

    public Task<IReadOnlyList<DisplayToken>> List() => Task.FromResult<IReadOnlyList<DisplayToken>>(state.State.ToList());

    public async Task<bool> Revoke(string id)
    {
        var index = state.State.FindIndex(t => t.Id == id);
        if (index < 0)
        {
            return false;
        }

        if (state.State[index].RevokedAt is null)
        {
            state.State[index] = state.State[index] with { RevokedAt = time.GetUtcNow() };
            await state.WriteStateAsync();
        }

        await wall.Revoked(id);
        return true;
    }

    public Task<DisplayToken?> Find(string secret)
    {
        var hash = Hash(secret);
        return Task.FromResult(state.State.FirstOrDefault(t => t.RevokedAt is null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(t.SecretHash), Encoding.ASCII.GetBytes(hash))));
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
