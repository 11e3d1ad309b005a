using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>A disabled account is one locked out for good: Identity then refuses every sign-in to it.</summary>
public static class Disabling
{
    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;
}
