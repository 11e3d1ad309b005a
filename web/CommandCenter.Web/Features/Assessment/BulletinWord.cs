using CommandCenter.Assessment;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>
/// The 通报 as a Word document (what the office edits and prints): title, issue, the ranking table, 红榜, 黑榜 with
/// reasons, the requirements; A4 portrait, 仿宋 body text. Written with the Open XML SDK.
/// </summary>
public static class BulletinWord
{
    public static byte[] Write(PublishedPeriod p, TimeZoneInfo zone)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(BulletinText.Title(p), size: 36, bold: true, center: true, font: "方正小标宋简体"));
            body.Append(Paragraph(BulletinText.Issue(p, zone), center: true));
            body.Append(Paragraph(BulletinText.Intro(p)));
            body.Append(Heading("一、考核排名"));
            body.Append(Table(p.Units));
            body.Append(Heading("二、红榜"));
            var red = p.Units.Where(s => s.List == ListKind.Red).ToList();
            body.Append(red.Count == 0 ? [Paragraph("本期无。")] : red.Select(s => Paragraph($"{s.Subject}（第{s.Rank}名，{BulletinText.Score(s.Score)}分）")).ToArray());
            body.Append(Heading("三、黑榜"));
            var black = p.Units.Where(s => s.List == ListKind.Black).ToList();
            body.Append(black.Count == 0 ? [Paragraph("本期无。")] : black.Select(s => Paragraph($"{s.Subject}（第{s.Rank}名，{BulletinText.Score(s.Score)}分）：{BulletinText.Reasons(s, p.Scheme)}")).ToArray());
            body.Append(Paragraph("上黑榜单位须在规定期限内向专项行动办公室书面说明原因及整改措施。"));
            body.Append(Heading("四、工作要求"));
            body.Append(BulletinText.Requirements.Select(r => Paragraph(r)).ToArray());
            if (p.Note.Length > 0)
            {
                body.Append(Paragraph($"修订说明：{p.Note}"));
            }

            body.Append(Paragraph("专项行动办公室", center: false, right: true));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return buffer.ToArray();
    }

    private static Paragraph Heading(string text) => Paragraph(text, size: 32, bold: true, font: "黑体");

    private static Paragraph Paragraph(string text, int size = 28, bool bold = false, bool center = false, bool right = false, string font = "仿宋")
    {
        var run = new Run(new RunProperties(
            new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font },
            bold ? new Bold() : new Bold { Val = OnOffValue.FromBoolean(false) },
            new FontSize { Val = size.ToString() }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (center || right)
        {
            properties.Append(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Right });
        }

        return new Paragraph(properties, run);
    }

    private static Table Table(IReadOnlyList<Standing> units)
    {
        var border = new BorderType[] { new TopBorder(), new BottomBorder(), new LeftBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var b in border)
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
        }

        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, new TableBorders(border)));
        table.Append(Row(BulletinText.TableHeaders, header: true));
        foreach (var s in units)
        {
            table.Append(Row(BulletinText.Row(s), header: false));
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool header) =>
        new(cells.Select(text => new TableCell(Paragraph(text, size: 21, bold: header, center: true))));
}
