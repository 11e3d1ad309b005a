using CommandCenter.Briefings;
using CommandCenter.Web.Features.Briefings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>The .docx of the fixed week (<see cref="BriefingSample"/>), read back with the Open XML SDK.</summary>
public sealed class BriefingDocumentTests
{
    public static (List<string> Paragraphs, List<List<string>> Rows, PageSize Page) Read(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        return (paragraphs, rows, body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!);
    }

    [Fact]
    public void The_docx_holds_every_section_of_the_week_with_its_number_and_A4_pages()
    {
        var briefing = BriefingCompiler.Compile(BriefingSample.Inputs, BriefingSample.Edits);
        var issue = new BriefingIssue(7, true, 2, DateTimeOffset.UnixEpoch, "admin", BriefingSample.Edits, briefing, []);
        var (paragraphs, rows, page) = Read(BriefingDocument.Write(issue));

        Assert.Equal((11906U, 16838U), (page.Width!.Value, page.Height!.Value));
        Assert.Equal("工作简报", paragraphs[0]);
        Assert.Equal("第 7 期（第 2 次修订）", paragraphs[1]);
        Assert.Contains("按语：各单位要对标对表，补齐短板。", paragraphs);
        Assert.Contains("活动第 56 天（共 100 天），总体进度 52.5%，时间进度 56.0%，总体状态：滞后。", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("三、背街小巷整治（牵头单位：环卫处）") && p.EndsWith("周报：未报"));
        Assert.Contains("本周工作：清理占道经营 80 处", paragraphs);
        Assert.Contains("存在问题：夜市反弹", paragraphs);
        Assert.Contains("下周计划：联合执法", paragraphs);
        Assert.Contains(["1.1 清理占道经营", "城防办", "400 处", "180 处", "100 处", "+80", "45.0%", "滞后"], rows);
        Assert.Contains(["2.1 路灯亮灯率", "路灯所", "≥ 98%", "95%", "—", "+5", "62.5%", "正常"], rows);
        Assert.Equal(["3.1 完成背街小巷改造", "1.1 清理占道经营"], rows.Skip(7).Select(r => r[0])); // after three lines' tables (a header and one task each) and the laggards' header
        Assert.Contains("路灯所（迟报）、环卫处（未报）。", paragraphs);
        Assert.Contains("本周下发督办通知 2 件，答复 1 件，超期未办 1 件。", paragraphs);
        Assert.Contains("超期：环卫处：背街小巷改造滞后", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("本周受理案件 120 件，处置 110 件，处置率 91.67%；结案 100 件") && p.Contains("超期未结 3 件"));
        Assert.Equal("三、背街小巷整治", paragraphs.First(p => p.Contains("牵头单位"))[..8]); // the editor's order
    }
}
