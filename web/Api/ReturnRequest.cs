using CommandCenter.Web.Input;
using CommandCenter.Web.Reports;

namespace CommandCenter.Web.Api;

public sealed record ReturnRequest([property: TextField(multiLine: true, maxLength: ReportDesk.MaxTextLength)] string? Reason);
