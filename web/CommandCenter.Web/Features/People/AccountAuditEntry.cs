namespace CommandCenter.Web.Features.People;

/// <summary>One entry of the account audit: a sign-in, a refused sign-in or a change to an account.</summary>
public sealed record AccountAuditEntry(DateTimeOffset At, string Action, string Subject, string? Actor, string? Address, string? Detail);
