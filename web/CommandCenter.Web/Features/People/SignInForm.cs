namespace CommandCenter.Web.Features.People;

/// <summary>What the sign-in page posts (both fields required: the page names the empty one in its language).</summary>
public sealed class SignInForm
{
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
