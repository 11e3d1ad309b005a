using CommandCenter.Briefings;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>A briefing as a Word document (.docx, A4) written with the Open XML SDK.</summary>
public static class BriefingDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] TaskColumns = ["任务", "责任单位", "目标", "本周末", "上周末", "较上周", "进度", "状态"];

    public static byte[] Write(BriefingIssue issue)
    {
        var briefing = issue.Briefing;
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Line("工作简报", 22, bold: true, center: true));
            body.Append(Line(BriefingText.Title(issue.Number) + (issue.Revision > 1 ? $"（第 {issue.Revision} 次修订）" : ""), 14, center: true));
            body.Append(Line($"{briefing.CampaignName}  {BriefingText.Period(briefing)}", 12, center: true));
            if (briefing.EditorNote.Length > 0)
            {
                body.Append(Line("按语：" + briefing.EditorNote, 12));
            }

            body.Append(Heading("一、总体进展"), Line(BriefingText.Header(briefing)));
            body.Append(Heading("二、各工作线进展"));
            foreach (var line in briefing.Lines)
            {
                body.Append(Line($"{line.Code}、{line.Title}（牵头单位：{line.LeadUnit}）进度 {BriefingText.Percent(line.Progress)}，{BriefingText.Status(line.Status)}；周报：{BriefingText.Report(line.ReportStatus)}", 12, bold: true));
                if (line.Report is { } report)
                {
                    body.Append(Line("本周工作：" + Or(report.WorkDone)), Line("存在问题：" + Or(report.Problems)), Line("下周计划：" + Or(report.NextWeek)));
                }

                body.Append(TaskTable(line.Tasks));
            }

            body.Append(Heading("三、滞后和超期任务"));
            body.Append(briefing.Laggards.Count == 0 ? Line("无。") : TaskTable(briefing.Laggards));
            body.Append(Heading("四、未按时报送单位"), Line(BriefingText.LateUnits(briefing)));
            body.Append(Heading("五、督办情况"), Line(BriefingText.Notices(briefing)));
            foreach (var title in briefing.Notices.OverdueTitles)
            {
                body.Append(Line("超期：" + title));
            }

            body.Append(Heading("六、本周案件"), Line(BriefingText.Cases(briefing)));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4 in twentieths of a point
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U }));
            document.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static string Or(string text) => text.Length > 0 ? text : "—";

    private static Paragraph Heading(string text) => Line(text, 14, bold: true);

    private static Paragraph Line(string text, int points = 11, bool bold = false, bool center = false)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "SimSun", Ascii = "SimSun", HighAnsi = "SimSun" }, new FontSize { Val = (points * 2).ToString() });
        if (bold)
        {
            properties.Append(new Bold());
        }

        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    private static Table TaskTable(IReadOnlyList<BriefingTask> tasks)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(TaskColumns));
        foreach (var t in tasks)
        {
            table.Append(Row([$"{t.Code} {t.Title}", t.OwnerUnit, Features.Tasks.TaskText.Target(t.Target), BriefingText.Value(t.Value, t),
                BriefingText.Value(t.LastWeekValue, t), BriefingText.Change(t), BriefingText.Percent(t.Progress), BriefingText.Status(t.Status)]));
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(text => new TableCell(Line(text, 10))));
}
