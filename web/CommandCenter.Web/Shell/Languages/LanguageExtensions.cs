using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CommandCenter.Web.Shell.Languages;

/// <summary>
/// One language at a time: Simplified Chinese unless the request asks for English — by <c>?lang=en</c>, by the
/// language cookie, or by an <c>Accept-Language</c> that prefers English. Texts are written in Chinese in the pages
/// (the key of every <see cref="Microsoft.Extensions.Localization.IStringLocalizer{T}"/> look-up); the English of each
/// component stands in its <c>.en.resx</c> beside it.
/// </summary>
public static class LanguageExtensions
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The query key that chooses a language for one address (the wall's <c>?lang=en</c>) and remembers it.</summary>
    public const string QueryKey = "lang";

    public static WebApplicationBuilder AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Localised texts are written into the pages as characters, not as &#x…; numeric references.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddSingleton<Radzen.ILocalizer, RadzenTexts>();
        builder.Services.AddScoped<LanguageChoice>();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            // Only the texts change with the language; numbers and dates keep one format for everyone.
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Chinese);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [Chinese, English];
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = QueryKey, UIQueryStringKey = QueryKey },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        // A page opened with ?lang=… keeps that language in its live connection (which carries no query) and after it.
        app.Use((context, next) =>
        {
            if (context.Request.Query[QueryKey] is [{ } asked] && Language.Parse(asked) is { } culture)
            {
                LanguageCookie.Write(context, culture);
            }

            return next(context);
        });
        return app;
    }

    /// <summary><c>POST /language</c> (the header's switch): remember the choice in the cookie and on the account, then go back.</summary>
    public static WebApplication MapLanguages(this WebApplication app)
    {
        app.MapPost("/language", LanguageChoice.Choose).ExcludeFromDescription();
        return app;
    }
}
