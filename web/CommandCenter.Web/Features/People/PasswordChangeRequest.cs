namespace CommandCenter.Web.Features.People;

/// <summary><c>POST /api/account/password</c>: one's own password.</summary>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
