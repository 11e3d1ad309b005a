using ClosedXML.Excel;
using CommandCenter.Assessment;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>The 通报 as an .xlsx workbook: the ranking, 红榜, 黑榜 with reasons, and the grid ranking; every text a plain string.</summary>
public static class BulletinExcel
{
    public static byte[] Write(PublishedPeriod p)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook.Worksheets.Add("排名"), BulletinText.TableHeaders, p.Units.Select(BulletinText.Row));
        Sheet(workbook.Worksheets.Add("红榜"), ["排名", "单位", "得分"], p.Units.Where(s => s.List == ListKind.Red).Select(s => new[] { s.Rank?.ToString() ?? "", s.Subject, BulletinText.Score(s.Score) }));
        Sheet(workbook.Worksheets.Add("黑榜"), ["排名", "单位", "得分", "原因"], p.Units.Where(s => s.List == ListKind.Black).Select(s => new[] { s.Rank?.ToString() ?? "", s.Subject, BulletinText.Score(s.Score), BulletinText.Reasons(s, p.Scheme) }));
        if (p.Grids.Count > 0)
        {
            Sheet(workbook.Worksheets.Add("网格排名"), ["排名", "网格", "名称", "得分"], p.Grids.Select(s => new[] { s.Rank?.ToString() ?? "未排名", s.Subject, s.Name ?? "", BulletinText.Score(s.Score) }));
        }

        workbook.Worksheet(1).Cell(1, BulletinText.TableHeaders.Length + 2).SetValue(BulletinText.Title(p));
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Sheet(IXLWorksheet sheet, string[] headers, IEnumerable<string[]> rows)
    {
        CommandCenter.Web.Features.Ledger.LedgerWorkbook.Sheet(sheet, headers, rows);
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
    }
}
