using ClosedXML.Excel;
using CommandCenter.Web.Features.Tasks;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>
/// The progress table (任务分解表 with its figures) as .xlsx: every task's current value, progress, status, last update
/// and note, and its change since the end of last week, with Chinese or English headers. Text is written as plain
/// values, never as formulas.
/// </summary>
public static class ProgressWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Chinese = ["工作线", "任务编号", "任务内容", "责任单位", "目标类型", "目标值", "计量单位", "完成时限", "当前值", "上周末值", "较上周", "进度", "状态", "最后更新", "更新人", "备注"];
    private static readonly string[] English = ["Line", "Code", "Task", "Owner unit", "Target kind", "Target", "Unit of measure", "Due", "Current value", "Last week", "Change", "Progress", "Status", "Last update", "Updated by", "Note"];

    public static byte[] Write(CampaignSnapshot snapshot, IReadOnlyDictionary<string, decimal> lastWeek, bool english)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(english ? "Progress" : "任务进展");
        var headers = english ? English : Chinese;
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(snapshot.TimeZone);
        var row = 1;
        foreach (var line in snapshot.Lines)
        {
            foreach (var task in line.Tasks)
            {
                row++;
                decimal? before = lastWeek.TryGetValue(task.Id, out var v) ? v : null;
                var cells = new object?[]
                {
                    $"{line.Code} {line.Title}", task.Code, task.Title, task.OwnerUnit, english ? task.Target.Kind.ToString() : Kind(task.Target.Kind),
                    task.Target.Value, task.Target.UnitOfMeasure, task.DueDate.ToString("yyyy-MM-dd"),
                    task.Actual, before, task.Actual is { } now ? now - (before ?? task.Target.Baseline) : null,
                    Math.Round(task.Progress, 4), english ? task.Status.ToString() : BriefingText.Status(task.Status),
                    task.LastUpdate is { } u ? TimeZoneInfo.ConvertTime(u.At, zone).ToString("yyyy-MM-dd HH:mm") : "",
                    task.LastUpdate?.By ?? "", task.LastUpdate?.Note ?? "",
                };
                for (var c = 0; c < cells.Length; c++)
                {
                    Put(sheet.Cell(row, c + 1), cells[c]);
                }
            }
        }

        sheet.Column(12).Style.NumberFormat.Format = "0.0%";
        sheet.Range(1, 1, 1, headers.Length).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Columns(1, headers.Length).Width = 14;
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    /// <summary>Numbers as numbers, text as text (never a formula), nothing for a missing value.</summary>
    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case decimal d:
                cell.SetValue(d);
                break;
            case double x:
                cell.SetValue(x);
                break;
            case string text:
                cell.SetValue(text);
                break;
        }
    }

    private static string Kind(TargetKind kind) => TaskText.Kind(kind).Split(' ')[0];
}
