using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// Re-checks the account behind each interactive page (Blazor circuit) every validation interval: once it is disabled
/// or its stamp changed, the page becomes signed out and sends the user to sign in.
/// </summary>
public sealed class AccountRevalidation(ILoggerFactory loggerFactory, AccountStamps stamps, IOptions<SecurityStampValidatorOptions> validation)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => validation.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        state.User.Identity?.IsAuthenticated != true || await stamps.IsCurrent(state.User);
}
