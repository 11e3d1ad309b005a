using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>
/// A person's language: kept on the account (a claim of the identity user, so it follows them to any browser) and in
/// the browser's culture cookie, which every request and live connection reads.
/// </summary>
public sealed class LanguageChoice(UserManager<IdentityUser> users)
{
    public const string ClaimType = "cc:language";

    /// <summary>The switch's form: <c>language</c> (<c>zh-CN</c> or <c>en</c>) and <c>returnUrl</c> (a path of this site).</summary>
    /// (A form binding: the antiforgery middleware checks the token.)
    public static async Task<IResult> Choose([FromForm] string? language, [FromForm] string? returnUrl, HttpContext context,
        LanguageChoice choice, IStringLocalizer<LanguageChoice> text)
    {
        if (Language.Parse(language) is not { } culture)
        {
            return Problems.Invalid("language", text["语言应为 zh-CN 或 en"]);
        }

        LanguageCookie.Write(context, culture);
        await choice.Remember(context.User, culture.Name);
        return Results.LocalRedirect(SignInCookie.SafeReturnUrl(returnUrl));
    }

    /// <summary>Stores the language on the signed-in account (nothing for an anonymous visitor).</summary>
    public async Task Remember(ClaimsPrincipal principal, string language)
    {
        if (principal.Identity?.IsAuthenticated != true || await users.GetUserAsync(principal) is not { } user)
        {
            return;
        }

        var claims = await users.GetClaimsAsync(user);
        foreach (var old in claims.Where(c => c.Type == ClaimType))
        {
            await users.RemoveClaimAsync(user, old);
        }

        await users.AddClaimAsync(user, new Claim(ClaimType, language));
    }

    /// <summary>At sign-in: the account's language, when it has chosen one, becomes the browser's.</summary>
    public async Task Apply(HttpContext context, IdentityUser user)
    {
        var stored = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == ClaimType)?.Value;
        if (Language.Parse(stored) is { } culture)
        {
            LanguageCookie.Write(context, culture);
        }
    }
}
