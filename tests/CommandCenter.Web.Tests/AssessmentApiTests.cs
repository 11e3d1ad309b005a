using System.Text.Json;
using ClosedXML.Excel;
using CommandCenter.Assessment;
using CommandCenter.Domain;
using CommandCenter.Seeding;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommandCenter.Web.Tests;

/// <summary>The assessment API on the seeded demo (its previous month published, 渣土管理办公室 black-listed by a media exposure).</summary>
public sealed class AssessmentApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static AssessmentPeriod Current => AssessmentPeriod.Of(PeriodKind.Month, CampaignClock.Today(TimeProvider.System, "Asia/Shanghai"));

    private static string Previous => Current.Previous.Key;

    private const string Base = "/api/campaigns/dagan100";

    private static string Today => CampaignClock.Today(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");

    [Fact]
    public async Task Standings_have_the_promised_shape_move_with_an_adjustment_and_a_published_month_is_its_snapshot()
    {
        var admin = await App.AdminClient();
        var live = await admin.GetFromJsonAsync<JsonElement>($"{Base}/standings?subjects=units");
        Assert.Equal((Current.Key, false), (live.GetProperty("period").GetString(), live.GetProperty("published").GetBoolean()));
        var items = live.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(14, items.Count);
        Assert.All(items, i =>
        {
            Assert.InRange(i.GetProperty("score").GetDouble(), 0, 100);
            Assert.InRange(i.GetProperty("rank").GetInt32(), 1, 14);
            Assert.Contains(i.GetProperty("list").GetString(), new[] { "red", "black", "none" });
            Assert.Equal(["taskProgress", "weeklyReports", "notices", "cases", "adjustments"], i.GetProperty("indicators").EnumerateArray().Select(x => x.GetProperty("kind").GetString()));
            Assert.All(i.GetProperty("indicators").EnumerateArray(), x => { x.GetProperty("weight").GetDouble(); x.GetProperty("score").GetDouble(); });
        });
        Assert.Equal(items.Select(i => i.GetProperty("score").GetDouble()).OrderByDescending(s => s), items.Select(i => i.GetProperty("score").GetDouble()));

        var created = await admin.PostAsJsonAsync($"{Base}/adjustments", new { subject = "城防办", points = -10, reason = "暗访发现防汛物资台账不实", date = Today });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = (await admin.GetFromJsonAsync<JsonElement>($"{Base}/standings")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("subject").GetString() == "城防办");
        Assert.Equal(-10, after.GetProperty("indicators").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "adjustments").GetProperty("score").GetDouble());

        var published = await admin.GetFromJsonAsync<JsonElement>($"{Base}/standings?period={Previous}");
        Assert.True(published.GetProperty("published").GetBoolean());
        var exposed = published.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("subject").GetString() == AssessmentDemo.ExposedUnit);
        Assert.Equal("black", exposed.GetProperty("list").GetString());
        var period = await admin.GetFromJsonAsync<JsonElement>($"{Base}/periods/{Previous}");
        Assert.Equal((1, 1), (period.GetProperty("number").GetInt32(), period.GetProperty("revision").GetInt32()));
        Assert.Equal(14, period.GetProperty("units").GetArrayLength());
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"{Base}/standings?subjects=grids")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Bad_input_gets_a_400_or_409_naming_the_field_and_stores_nothing()
    {
        var admin = await App.AdminClient();
        async Task Refused(HttpResponseMessage response, HttpStatusCode status, string field)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty(field, out _), $"names {field}");
        }

        var scheme = new { period = "month", unitIndicators = new[] { new { kind = "taskProgress", weight = 50 }, new { kind = "cases", weight = 40 } }, gridIndicators = new[] { new { kind = "closure", weight = 100 } }, ladder = new[] { "约谈" } };
        await Refused(await admin.PutAsJsonAsync($"{Base}/assessment", scheme), HttpStatusCode.BadRequest, "unitIndicators");
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{Base}/assessment")).GetProperty("version").GetInt32());

        await Refused(await admin.PostAsJsonAsync($"{Base}/adjustments", new { subject = "城防办", points = 20.5, reason = "超上限", date = Today }), HttpStatusCode.BadRequest, "points");
        await Refused(await admin.PostAsJsonAsync($"{Base}/adjustments", new { subject = "不存在的处", points = 2, reason = "x", date = Today }), HttpStatusCode.BadRequest, "subject");
        await Refused(await admin.PostAsJsonAsync($"{Base}/adjustments", new { subject = "城防办", points = 2, reason = "x", date = "2026-02-30" }), HttpStatusCode.BadRequest, "date");
        await Refused(await admin.PostAsJsonAsync($"{Base}/blacklist-events", new { unit = "城防办", kind = "rumour", note = "x", date = Today }), HttpStatusCode.BadRequest, "kind");
        await Refused(await admin.PostAsJsonAsync($"{Base}/blacklist-events", new { unit = "无此单位", kind = "mediaExposure", note = "x", date = Today }), HttpStatusCode.BadRequest, "unit");
        await Refused(await admin.PostAsJsonAsync($"{Base}/blacklist-events", new { unit = "城防办", kind = "mediaExposure", note = "", date = Today }), HttpStatusCode.BadRequest, "note");
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>($"{Base}/adjustments")).GetArrayLength()); // the demo's two
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"{Base}/blacklist-events")).EnumerateArray());

        await Refused(await admin.PostAsync($"{Base}/periods/{Previous}/publish", null), HttpStatusCode.Conflict, "period");
        await Refused(await admin.PostAsync($"{Base}/periods/{Current.Key}/publish", null), HttpStatusCode.Conflict, "period");
        await Refused(await admin.PostAsync($"{Base}/periods/2026-13/publish", null), HttpStatusCode.BadRequest, "period");
        await Refused(await admin.PostAsJsonAsync($"{Base}/periods/{Previous}/revisions", new { note = "" }), HttpStatusCode.BadRequest, "note");
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"{Base}/periods")).EnumerateArray());
        await Refused(await admin.GetAsync($"{Base}/standings?subjects=towns"), HttpStatusCode.BadRequest, "subjects");
        await Refused(await admin.GetAsync($"{Base}/standings?period=last"), HttpStatusCode.BadRequest, "period");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/campaigns/nope/standings")).StatusCode);
    }

    [Fact]
    public async Task Unit_heads_read_their_own_line_and_explain_for_their_unit_viewers_read_everything()
    {
        var head = await GridFiles.Account(App, "chengfang", "UnitHead", unit: "城防办");
        var exposedHead = await GridFiles.Account(App, "zhatu", "UnitHead", unit: AssessmentDemo.ExposedUnit);
        var viewer = await GridFiles.Account(App, "leader", "Viewer");

        Assert.Equal(["城防办"], (await head.GetFromJsonAsync<JsonElement>($"{Base}/standings")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
        Assert.Equal(["城防办"], (await head.GetFromJsonAsync<JsonElement>($"{Base}/periods/{Previous}")).GetProperty("units").EnumerateArray().Select(i => i.GetProperty("subject").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"{Base}/periods/{Previous}/bulletin?format=docx")).StatusCode);
        Assert.Empty((await head.GetFromJsonAsync<JsonElement>($"{Base}/accountability")).EnumerateArray());
        Assert.Equal(14, (await viewer.GetFromJsonAsync<JsonElement>($"{Base}/standings")).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{Base}/periods/{Previous}/bulletin?format=xlsx")).StatusCode);

        var path = $"{Base}/accountability/{Previous}/{Uri.EscapeDataString(AssessmentDemo.ExposedUnit)}/explanation";
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync(path, new { text = "代为说明" })).StatusCode);
        var answered = await exposedHead.PostAsJsonAsync(path, new { text = "已对运输企业全部约谈，车辆加装密闭装置" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var record = (await exposedHead.GetFromJsonAsync<JsonElement>($"{Base}/accountability")).EnumerateArray().Single();
        Assert.Equal(("已对运输企业全部约谈，车辆加装密闭装置", 1, "约谈提醒"), (record.GetProperty("explanation").GetString(), record.GetProperty("stage").GetInt32(), record.GetProperty("stageName").GetString()));

        var admin = await App.AdminClient();
        var action = await admin.PostAsJsonAsync($"{Base}/accountability/{Previous}/{Uri.EscapeDataString(AssessmentDemo.ExposedUnit)}/actions", new { text = "分管副局长约谈主要负责人", date = Today });
        Assert.Equal("分管副局长约谈主要负责人", (await GridFiles.Json(action)).GetProperty("actions")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_docx_bulletin_opens_with_the_ranking_table_the_red_list_and_the_black_list_with_reasons()
    {
        var admin = await App.AdminClient();
        var period = await admin.GetFromJsonAsync<JsonElement>($"{Base}/periods/{Previous}");
        var units = period.GetProperty("units").EnumerateArray().ToList();
        var red = units.Where(u => u.GetProperty("list").GetString() == "red").Select(u => u.GetProperty("subject").GetString()!).ToList();
        Assert.NotEmpty(red);

        var response = await admin.GetAsync($"{Base}/periods/{Previous}/bulletin?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var table = body.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["排名", "单位", "得分", "任务进度", "周报报送", "督办落实", "事件办理", "加减分", "名次变化", "榜单"], rows[0]);
        Assert.Equal(units.Select(u => u.GetProperty("subject").GetString()), rows.Skip(1).Select(r => r[1]));
        Assert.Equal(units[0].GetProperty("score").GetDouble().ToString("0.0"), rows[1][2]);

        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.StartsWith("关于", paragraphs[0]);
        Assert.Contains("“大干实干一百天 守住底线创亮点”专项行动考核排名情况的通报", paragraphs[0]);
        var redAt = paragraphs.IndexOf("二、红榜");
        var blackAt = paragraphs.IndexOf("三、黑榜");
        Assert.True(redAt > 0 && blackAt > redAt);
        Assert.Equal(red, paragraphs.Skip(redAt + 1).Take(red.Count).Select(p => p[..p.IndexOf('（')]));
        Assert.Contains(paragraphs.Skip(blackAt + 1), p => p.StartsWith(AssessmentDemo.ExposedUnit) && p.Contains("媒体公开曝光：渣土车沿途撒漏被电视台曝光"));
        var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (page.Width!.Value, page.Height!.Value)); // A4

        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync($"{Base}/periods/{Previous}/bulletin?format=xlsx")));
        Assert.Equal(["排名", "红榜", "黑榜"], workbook.Worksheets.Select(w => w.Name));
        Assert.Contains(workbook.Worksheet("黑榜").Column(2).CellsUsed(), c => c.GetString() == AssessmentDemo.ExposedUnit);
    }
}
