namespace CommandCenter.Web.Features.People;

/// <summary>The actions the account audit records.</summary>
public static class AccountActions
{
    public const string SignedIn = "signedIn";
    public const string SignInFailed = "signInFailed";
    public const string SignInThrottled = "signInThrottled";
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string PasswordReset = "passwordReset";
    public const string PasswordChanged = "passwordChanged";
}
