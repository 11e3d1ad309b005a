using ClosedXML.Excel;

namespace CommandCenter.Web.Features.Statistics;

/// <summary>Period case statistics as .xlsx: one row per group and the total, Chinese headers and labels.</summary>
public static class CaseStatsWorkbook
{
    private static readonly string[] Headers = ["分组", "受理", "处置", "结案", "按期结案", "返工", "超期", "不受理", "处置率", "结案率", "按期结案率", "返工率"];

    public static byte[] Write(CasePeriodStats stats)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("案件统计");
        sheet.Cell(1, 1).SetValue($"统计期间 {stats.From?.ToString("yyyy-MM-dd") ?? "开始"} 至 {stats.To?.ToString("yyyy-MM-dd") ?? "今"}（{stats.TimeZone}）");
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(2, c + 1).SetValue(Headers[c]);
        }

        var row = 2;
        foreach (var (label, s) in stats.Groups.Select(g => (g.Label, g.Stats)).Append(("合计", stats.Total)))
        {
            row++;
            sheet.Cell(row, 1).SetValue(label);
            int[] counts = [s.Received, s.Handled, s.Closed, s.ClosedOnTime, s.Reworked, s.Overdue, s.NotAccepted];
            for (var c = 0; c < counts.Length; c++)
            {
                sheet.Cell(row, c + 2).SetValue(counts[c]);
            }

            double[] rates = [s.HandlingRate, s.ClosureRate, s.OnTimeRate, s.ReworkRate];
            for (var c = 0; c < rates.Length; c++)
            {
                sheet.Cell(row, c + 9).SetValue(rates[c]);
            }
        }

        sheet.Range(3, 9, row, 12).Style.NumberFormat.Format = "0.00%";
        sheet.Range(2, 1, 2, Headers.Length).Style.Font.Bold = true;
        sheet.Columns(1, Headers.Length).Width = 12;
        sheet.Column(1).Width = 24;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }
}
