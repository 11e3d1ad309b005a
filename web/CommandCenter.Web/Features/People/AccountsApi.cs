using System.Security.Claims;
using CommandCenter.Accounts;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>The account lifecycle over HTTP: the office edits, disables and resets accounts; everyone changes their own password.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Office);
        users.MapPut("/{userName}", Update);
        users.MapPost("/{userName}/password-reset", Reset);
        app.MapGet("/api/account-audit", Audit).WithTags("Users").RequireAuthorization(Policies.Office);
        app.MapPost(PasswordChange.ApiPath, ChangeOwn).WithTags("Users").RequireAuthorization(Policies.Reader);
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Update(string userName, AccountUpdate? request, ClaimsPrincipal user, AccountChanges changes) =>
        Problems.Answer(await changes.Update(userName, request, user));

    /// <summary>200 <c>{ userName, password }</c>: a one-time password the user must change at the next sign-in.</summary>
    private static async Task<Results<Ok<PasswordResetResponse>, ProblemHttpResult>> Reset(string userName, ClaimsPrincipal user, AccountChanges changes) =>
        await changes.Reset(userName, user) is { } reset ? TypedResults.Ok(reset) : Problems.NotFound($"User '{userName}' does not exist.");

    /// <summary>204 once changed: the caller's tokens stop working (the stamp changed), so a client signs in again.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeOwn(PasswordChangeRequest? request, ClaimsPrincipal user, AccountChanges changes) =>
        await changes.ChangeOwn(user, request) is { } refusal ? Problems.Invalid(refusal.Field, refusal.Reason) : TypedResults.NoContent();

    /// <summary><c>?user=…&amp;limit=…</c>: sign-ins, failed sign-ins and account changes, newest first.</summary>
    private static async Task<Ok<IReadOnlyList<AccountAuditEntry>>> Audit(string? user, int? limit, AccountAudit audit) =>
        TypedResults.Ok(await audit.Newest(user, limit ?? 200));
}
