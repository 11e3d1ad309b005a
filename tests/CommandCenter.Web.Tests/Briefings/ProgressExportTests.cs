using System.Text.Json;
using ClosedXML.Excel;
using CommandCenter.Domain;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>The progress table as .xlsx: current values, progress, status, last update, and the change since last week.</summary>
public sealed class ProgressExportTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string TaskId = "dagan100.8.1";

    [Fact]
    public async Task The_export_carries_each_task_s_change_since_last_week_under_Chinese_or_English_headers()
    {
        var office = await App.AdminClient();
        var monday = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai");
        var weekStart = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var history = await office.GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}/history");
        var lastWeek = history.EnumerateArray().Where(e => e.GetProperty("at").GetDateTimeOffset() < weekStart).Select(e => e.GetProperty("after").GetDecimal()).Last();
        (await office.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = lastWeek + 12, note = "本周集中整治" })).EnsureSuccessStatusCode();

        var zh = await office.GetAsync("/api/campaigns/dagan100/progress-export");
        Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
        using (var book = new XLWorkbook(new MemoryStream(await zh.Content.ReadAsByteArrayAsync())))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(["工作线", "任务编号", "任务内容", "责任单位"], Enumerable.Range(1, 4).Select(c => sheet.Cell(1, c).GetString()));
            var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "8.1");
            Assert.Equal(lastWeek + 12, row.Cell(9).GetValue<decimal>());
            Assert.Equal(lastWeek, row.Cell(10).GetValue<decimal>());
            Assert.Equal(12m, row.Cell(11).GetValue<decimal>());
            Assert.Equal("本周集中整治", row.Cell(16).GetString());
            Assert.Equal("数量", row.Cell(5).GetString());
            Assert.Equal(43, sheet.RowsUsed().Count() - 1);
        }

        var en = await office.GetAsync("/api/campaigns/dagan100/progress-export?language=en");
        using (var book = new XLWorkbook(new MemoryStream(await en.Content.ReadAsByteArrayAsync())))
        {
            Assert.Equal(["Line", "Code", "Task"], Enumerable.Range(1, 3).Select(c => book.Worksheet(1).Cell(1, c).GetString()));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync("/api/campaigns/dagan100/progress-export?language=fr")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/campaigns/dagan100/progress-export")).StatusCode);
    }
}
