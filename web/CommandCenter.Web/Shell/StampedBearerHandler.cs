using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using CommandCenter.Web.Features.People;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The API's bearer scheme: Identity's bearer tokens (<see cref="TokenScheme"/>) whose security stamp is still the
/// account's — a token of a disabled account, or one issued before a password or role change, is refused.
/// </summary>
public sealed class StampedBearerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStamps stamps)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme that issues and reads the tokens themselves.</summary>
    public const string TokenScheme = "Identity.BearerToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var inner = await Context.AuthenticateAsync(TokenScheme);
        if (!inner.Succeeded)
        {
            return inner.None ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(inner.Failure ?? new InvalidOperationException("Invalid bearer token."));
        }

        return await stamps.IsCurrent(inner.Principal)
            ? AuthenticateResult.Success(new AuthenticationTicket(inner.Principal, inner.Properties, Scheme.Name))
            : AuthenticateResult.Fail("The account was disabled or changed after this token was issued.");
    }
}
