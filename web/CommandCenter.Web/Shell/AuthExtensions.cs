using CommandCenter.Accounts;
using CommandCenter.Storage;
using CommandCenter.Web.Features.People;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommandCenter.Web.Shell;

public static class AuthExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on PostgreSQL: bearer tokens for API clients, the sign-in cookie for pages, the first
    /// administrator. API policies name the bearer scheme, so a cookie never authorizes an API write.
    /// </summary>
    public static WebApplicationBuilder AddCommandCenterAuth(this WebApplicationBuilder builder, CommandCenterDatabase? database)
    {
        var db = database ?? throw new InvalidOperationException("The web host keeps accounts in PostgreSQL; Storage:Mode=Memory is for silos and tests only.");
        builder.Services.AddDbContext<AuthDbContext>(o => o.UseNpgsql(db.DataSource));
        builder.Services.AddDataProtection().SetApplicationName("CommandCenter").PersistKeysToDbContext<AuthDbContext>();
        builder.Services
            .AddIdentityCore<IdentityUser>(o => o.Lockout.MaxFailedAccessAttempts = 10)
            .AddRoles<IdentityRole>()
            .AddErrorDescriber<IdentityTexts>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddSignInManager();
        builder.Services.AddAuthentication(AuthSchemes.BearerOrCookie)
            .AddPolicyScheme(AuthSchemes.BearerOrCookie, "Bearer token or sign-in cookie", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddBearerToken(CommandCenter.Web.Shell.StampedBearerHandler.TokenScheme, o => o.Events.OnMessageReceived = UpdatesHubToken.FromQuery)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CommandCenter.Web.Shell.StampedBearerHandler>(IdentityConstants.BearerScheme, o =>
                (o.ForwardChallenge, o.ForwardForbid) = (CommandCenter.Web.Shell.StampedBearerHandler.TokenScheme, CommandCenter.Web.Shell.StampedBearerHandler.TokenScheme))
            .AddCookie(IdentityConstants.ApplicationScheme, SignInCookie.Configure);
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reader, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(Policies.Writer, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Administrator, Roles.UnitHead))
            .AddPolicy(Policies.CaseWorker, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Administrator, Roles.GridHead, Roles.UnitHead))
            .AddPolicy(Policies.CaseReporter, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Administrator, Roles.GridHead))
            .AddPolicy(Policies.Office, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Administrator))
            .AddPolicy(Policies.SignedIn, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme).RequireAuthenticatedUser());
        builder.Services.AddHostedService<AdminAccount>();
        return builder;
    }
}
