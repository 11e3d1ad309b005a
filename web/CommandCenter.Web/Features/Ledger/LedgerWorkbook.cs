using ClosedXML.Excel;
using CommandCenter.Ledger;
using CommandCenter.Web.Features.Statistics;

namespace CommandCenter.Web.Features.Ledger;

/// <summary>
/// The ledger (台账) as an .xlsx workbook: a sheet of cases and a sheet of supervision notices. Every text is written
/// as a plain string value, so a description such as "=HYPERLINK(…)" stays text and never becomes a formula; sources,
/// statuses and stages are written in Chinese (<see cref="CaseLabels"/>).
/// </summary>
public static class LedgerWorkbook
{
    private static readonly string[] CaseHeaders =
        ["案件编号", "网格", "处置单位", "大类", "小类", "来源", "状态", "超期", "上报时间", "办结时限", "销号时间", "按期结案", "返工次数", "描述", "位置", "作废理由"];

    private static readonly string[] NoticeHeaders = ["督办编号", "责任单位", "对象", "对象编号", "标题", "状态", "预警", "级别", "下发时间", "办理期限", "回复"];

    public static byte[] Write(IReadOnlyList<LedgerCase> cases, IReadOnlyList<SupervisionNotice> notices, TimeZoneInfo zone)
    {
        using var workbook = new XLWorkbook();
        string Time(DateTimeOffset? at) => at is { } t ? TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm") : "";
        Sheet(workbook.Worksheets.Add("案件台账"), CaseHeaders, cases.Select(c => new[]
        {
            c.Id, c.GridCode, c.Unit ?? "", c.Category, c.Subcategory, CaseLabels.Source(c.Source), CaseLabels.Status(c.Status), c.Overdue ? "是" : "否",
            Time(c.ReportedAt), Time(c.Deadline), Time(c.ClosedAt), c.ClosedOnTime ? "是" : "否", c.ReworkCount.ToString(), c.Description, c.Location, c.WithdrawnReason ?? "",
        }));
        Sheet(workbook.Worksheets.Add("督办台账"), NoticeHeaders, notices.Select(n => new[]
        {
            n.Id, n.Unit, CaseLabels.Subject(n.Subject), n.SubjectId, n.Title, CaseLabels.NoticeStatus(n.Status), CaseLabels.Stage(n.Stage), n.Level.ToString(),
            Time(n.IssuedAt), Time(n.Deadline), n.Answer ?? "",
        }));
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    /// <summary>A sheet of plain-string cells under a bold, frozen header row (shared with the assessment bulletin).</summary>
    internal static void Sheet(IXLWorksheet sheet, string[] headers, IEnumerable<string[]> rows)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                sheet.Cell(r, c + 1).SetValue(row[c]);
            }
        }

        sheet.Range(1, 1, 1, headers.Length).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Columns(1, headers.Length).Width = 16;
    }
}
