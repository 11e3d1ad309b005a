namespace CommandCenter.Web.Features.People;

/// <summary>A one-time password the office hands to the user, who must change it at the next sign-in.</summary>
public sealed record PasswordResetResponse(string UserName, string Password);
