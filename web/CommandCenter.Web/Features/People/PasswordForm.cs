namespace CommandCenter.Web.Features.People;

/// <summary>What the password page posts (the page checks the fields and names the one missing in its language).</summary>
public sealed class PasswordForm
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string Repeat { get; set; } = "";
}
