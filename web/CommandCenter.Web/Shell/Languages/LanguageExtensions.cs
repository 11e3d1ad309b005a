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

    public static WebApplicationBuilder AddLanguages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            // Only the texts change with the language; numbers and dates keep one format for everyone.
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Chinese);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [Chinese, English];
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
