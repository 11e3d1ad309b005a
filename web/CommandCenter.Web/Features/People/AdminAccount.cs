using Microsoft.AspNetCore.Identity;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// On first start, creates the roles and the administrator <c>admin</c>, whose password comes from
/// <c>Admin:Password</c> or is generated, printed once and must be changed at the first sign-in.
/// </summary>
internal sealed class AdminAccount(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AdminAccount> logger) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(UserName) is { } existing)
        {
            if ((await users.GetClaimsAsync(existing)).Any(c => c.Type == Features.People.PasswordChange.ClaimType))
            {
                logger.LogWarning("The administrator '{User}' still has the generated password printed at the first start; it must be changed at the next sign-in", UserName);
            }

            return;
        }

        var configured = configuration["Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? Features.People.AccountChanges.OneTimePassword() : configured;
        var admin = new IdentityUser(UserName);
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            if (await users.FindByNameAsync(UserName) is not null)
            {
                return; // another web host created it at the same moment
            }

            throw new InvalidOperationException(
                "Could not create the administrator account: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
        if (string.IsNullOrEmpty(configured))
        {
            // A generated password is for the first sign-in only: the administrator must then choose their own.
            await users.AddClaimAsync(admin, new System.Security.Claims.Claim(Features.People.PasswordChange.ClaimType, "true"));
            logger.LogWarning("Created the administrator account '{User}' with the one-time password {Password} — it is shown only this once and must be changed at the first sign-in; set Admin:Password to choose it yourself", UserName, password);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
