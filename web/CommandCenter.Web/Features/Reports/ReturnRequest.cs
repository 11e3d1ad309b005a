using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Reports;

public sealed record ReturnRequest([property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? Reason);
