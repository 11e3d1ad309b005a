using System.Security.Cryptography.X509Certificates;
using CommandCenter.Web.Features.People;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Shell;

public static class AccessExtensions
{
    /// <summary>
    /// Who gets in and how: sign-in limits and the anonymous limit, the account lifecycle and its audit, security
    /// stamps re-checked for cookies, pages, bearer tokens and open hub connections (<c>Auth:ValidationInterval</c>,
    /// default a minute), and the transport (HTTPS, HSTS, Secure cookies, a reverse proxy's forwarded headers, the key
    /// ring's certificate).
    /// </summary>
    public static WebApplicationBuilder AddCommandCenterAccess(this WebApplicationBuilder builder)
    {
        var limits = RateLimitSettings.From(builder.Configuration);
        var transport = TransportSettings.From(builder.Configuration);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(transport);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<GlobalLimiter>();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<GlobalLimiter>(RateLimits.Configure);

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<AccountAudit>();
        builder.Services.AddSingleton<AccountStamps>();
        builder.Services.AddScoped<SignInGate>();
        builder.Services.AddScoped<AccountChanges>();
        builder.Services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = builder.Configuration.GetValue("Auth:ValidationInterval", TimeSpan.FromMinutes(1)));
        builder.Services.AddScoped<ISecurityStampValidator, SecurityStampValidator<IdentityUser>>();
        // A rejected cookie makes the validator sign out of Identity's external and two-factor cookies as well (none of them is ever issued).
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ExternalScheme).AddCookie(IdentityConstants.TwoFactorUserIdScheme)
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme);
        builder.Services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();
        builder.Services.AddSingleton<SignedInConnections>();
        builder.Services.AddHostedService<ConnectionRevalidation>();
        builder.Services.AddSignalR()
            .AddHubOptions<CommandCenter.Web.Features.Tasks.UpdatesHub>(o => o.AddFilter<SignedInConnections>())
            .AddHubOptions<CommandCenter.Web.Wall.WallHub>(o => o.AddFilter<SignedInConnections>());
        builder.Services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            o.Cookie.SecurePolicy = transport.Https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in transport.KnownProxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // Only sent when the site is configured for HTTPS; then also on a loopback address (a kiosk on the host itself).
            o.ExcludedHosts.Clear();
        });
        if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificate)
        {
            builder.Services.AddDataProtection().ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration["DataProtection:CertificatePassword"]));
        }

        return builder;
    }

    /// <summary>First in the pipeline: the client's real address and scheme behind a proxy, then HSTS and HTTPS redirection.</summary>
    public static WebApplication UseCommandCenterTransport(this WebApplication app)
    {
        var transport = app.Services.GetRequiredService<TransportSettings>();
        if (transport.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (transport.Https)
        {
            app.UseHsts();
        }

        if (transport.DirectHttps)
        {
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>After authentication: the rate limits, then an account that must change its password is sent to do so.</summary>
    public static WebApplication UseCommandCenterAccess(this WebApplication app)
    {
        app.UseRateLimiterDisposedOnStop();
        app.Use(PasswordChange.Enforce);
        return app;
    }
}
