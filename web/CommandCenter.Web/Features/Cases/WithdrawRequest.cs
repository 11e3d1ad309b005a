using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>Why a case is withdrawn (作废), e.g. a duplicate or mistaken report.</summary>
public sealed record WithdrawRequest([property: TextField(multiLine: true, maxLength: CasesApi.MaxNoteLength)] string? Reason);
