using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>What <see cref="SignInGate.Check"/> found: the outcome, the account when it succeeded, and how long to wait when throttled.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, IdentityUser? User = null, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}
