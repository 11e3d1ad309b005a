using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>The standard culture cookie (<c>.AspNetCore.Culture</c>): the language of a browser, signed in or not.</summary>
public static class LanguageCookie
{
    public static void Write(HttpContext context, CultureInfo culture) =>
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.InvariantCulture, culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
}
