namespace CommandCenter.Web.Features.People;

/// <summary>The answer to a sign-in attempt.</summary>
public enum SignInOutcome
{
    Succeeded,
    /// <summary>Unknown user name or wrong password (the two are not told apart).</summary>
    Failed,
    /// <summary>Locked out after failed attempts, or disabled by the office.</summary>
    LockedOut,
    /// <summary>Too many attempts for this user name this minute.</summary>
    Throttled,
}
