namespace CommandCenter.Web.Shell;

/// <summary>Where each role lands after signing in without a page to go back to: its own day's work.</summary>
public static class Landing
{
    public const string OfficeToday = "/today";

    public static string For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return held.Contains(Roles.Administrator) ? OfficeToday
            : held.Contains(Roles.UnitHead) ? "/my"
            : held.Contains(Roles.GridHead) ? "/grid"
            : "/";
    }

    /// <summary>The page to go to after signing in: the return address when it names one, otherwise the role's own page.</summary>
    public static string After(string? returnUrl, IEnumerable<string> roles)
    {
        var safe = SignInCookie.SafeReturnUrl(returnUrl);
        return safe == "/" ? For(roles) : safe;
    }
}
