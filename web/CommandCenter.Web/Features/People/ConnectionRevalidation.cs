using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// Every validation interval, reads the account behind each open signed-in hub connection of this host (once per
/// account) and closes the connections whose security stamp is no longer the account's: a disabled user, or one whose
/// password, role, unit or grids changed, is out of every open connection within the interval.
/// </summary>
public sealed class ConnectionRevalidation(SignedInConnections connections, AccountStamps stamps, IOptions<SecurityStampValidatorOptions> validation,
    IOptions<IdentityOptions> identity, ILogger<ConnectionRevalidation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(validation.Value.ValidationInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Check();
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "Could not re-check the accounts of the open hub connections");
            }
        }
    }

    private async Task Check()
    {
        var userIdClaim = identity.Value.ClaimsIdentity.UserIdClaimType;
        foreach (var account in connections.Open.GroupBy(c => c.User?.FindFirst(userIdClaim)?.Value ?? ""))
        {
            // The first connection's principal reads the account afresh; the others compare with what it read.
            var fresh = true;
            foreach (var connection in account)
            {
                if (connection.User is not { } user || !await stamps.IsCurrent(user, fresh))
                {
                    connections.Close(connection);
                }

                fresh = false;
            }
        }
    }
}
