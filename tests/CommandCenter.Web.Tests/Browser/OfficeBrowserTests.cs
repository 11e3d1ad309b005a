using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The weekly report and import pages in Chromium: a lead unit reports, the office returns it; a broken table is previewed with its row errors.</summary>
public sealed class OfficeBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Office-Pa55word!";

    [Fact]
    public async Task A_lead_unit_submits_its_weekly_report_on_a_phone_and_the_office_returns_it()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfangban", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.4/progress", new { value = 5 })).EnsureSuccessStatusCode();

        var head = await pages.SignInAsync(app, "/reports", "chengfangban", Password, 390, 844);
        var form = head.Locator(".cc-report-form[data-unit='城防办']");
        Assert.Contains("5", await form.Locator("[data-figure='dagan100.1.4']").InnerTextAsync()); // prefilled from the current value
        await form.Locator("[data-field='workDone']").FillAsync("完成第五次演练");
        await form.Locator("[data-field='problems']").FillAsync("部分物资未到位");
        await form.Locator("[data-field='nextWeek']").FillAsync("组织第六次演练");
        await form.Locator("[data-action='submit-report']").ClickAsync();
        await form.Locator(".cc-ok").WaitForAsync(new() { Timeout = 15_000 });
        await head.Locator(".rz-notification-item:has-text('已报送')").WaitForAsync(new() { Timeout = 15_000 });

        var unit = (await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports"))
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "城防办");
        Assert.Equal("chengfangban", unit.GetProperty("submittedBy").GetString());
        Assert.Equal("部分物资未到位", unit.GetProperty("report").GetProperty("problems").GetString());
        Assert.Contains(unit.GetProperty("report").GetProperty("figures").EnumerateArray(), f => f.GetProperty("taskId").GetString() == "dagan100.1.4" && f.GetProperty("value").GetDecimal() == 5);

        var office = await pages.SignInAsync(app, "/reports", "admin", CommandCenterApp.AdminPassword);
        var row = office.Locator(".cc-unit-report[data-unit='城防办']");
        await row.Locator("[data-action='return']").ClickAsync(); // the reason is asked in a dialog beside the row
        var dialog = office.Locator(".rz-dialog .cc-return-form[data-unit='城防办']");
        await dialog.Locator("[data-field='reason']").FillAsync("请补充演练照片");
        await dialog.Locator("[data-action='confirm-return']").ClickAsync();
        await office.Locator(".rz-notification-item:has-text('已退回')").WaitForAsync(new() { Timeout = 15_000 });
        await office.Locator(".cc-unit-report[data-unit='城防办'][data-report-status='Returned']").WaitForAsync(new() { Timeout = 15_000 });

        unit = (await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports"))
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "城防办");
        Assert.Equal("returned", unit.GetProperty("status").GetString());
        Assert.Equal("请补充演练照片", unit.GetProperty("returnReason").GetString());
    }

    [Fact]
    public async Task The_import_page_previews_every_row_error_and_stores_nothing_then_imports_a_good_table()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.SignInAsync(app, "/campaigns/import", "admin", CommandCenterApp.AdminPassword);
        await FillCampaign(page, "测试导入");

        const string header = "专项行动编号,专项行动名称,牵头单位,分管领导,任务编号,任务内容,责任单位,目标类型,目标值,计量单位,完成时限\n";
        var broken = header + "一,防汛,城防办,王,1.1,排查,城防办,数量,abc,处,2026-12-01\n一,防汛,城防办,王,1.2,演练,城防办,节点,100,%,2026-13-01\n";
        await page.Locator("[data-field='file'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "坏表.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(broken) });
        await page.Locator(".cc-import-errors").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(1, await page.Locator(".cc-import-errors tr[data-row='2']").CountAsync());
        Assert.Equal(1, await page.Locator(".cc-import-errors tr[data-row='3']").CountAsync());
        Assert.True(await page.Locator("[data-action='import']").IsDisabledAsync());
        Assert.Equal(1, (await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).GetArrayLength());

        var good = header + "一,防汛,城防办,王,1.1,排查,城防办,数量,40,处,2026-12-01\n一,防汛,城防办,王,1.2,演练,城防办,节点,100,%,2026-12-31\n";
        await page.Locator("[data-field='file'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "好表.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
        await page.Locator("[data-rows='2']").WaitForAsync(new() { Timeout = 15_000 });
        await page.ClickAsync("[data-action='import']");
        await page.WaitForURLAsync("**/burnup", new() { Timeout = 30_000 });
        await page.Locator(".rz-notification-item:has-text('已导入')").WaitForAsync(new() { Timeout = 15_000 });

        var campaigns = await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns");
        var imported = campaigns.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "测试导入");
        var snapshot = await app.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{imported.GetProperty("id").GetString()}");
        Assert.Equal(2, snapshot.GetProperty("lines")[0].GetProperty("tasks").GetArrayLength());
    }
    [Fact]
    public async Task An_import_error_names_its_column_as_the_chinese_page_knows_it_even_when_the_file_has_english_headers()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.SignInAsync(app, "/campaigns/import", "admin", CommandCenterApp.AdminPassword);
        await FillCampaign(page, "英文表头导入");

        const string table = "line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,unit_of_measure,due_date\n" +
                             "一,防汛,城防办,王,1.1,排查,城防办,quantity,abc,处,2026-12-01\n";
        await page.Locator("[data-field='file'] input[type=file]").SetInputFilesAsync(new FilePayload { Name = "english.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(table) });
        var row = page.Locator(".cc-import-errors tr[data-row='2']");
        await row.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("目标值", (await row.Locator("[data-column]").InnerTextAsync()).Trim());
        Assert.Equal("目标值必须是数字", (await row.Locator("[data-reason]").InnerTextAsync()).Trim()); // the Chinese half only
        Assert.True(await page.Locator("[data-action='import']").IsDisabledAsync());
        Assert.Equal(1, (await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).GetArrayLength());
    }

    private static async Task FillCampaign(IPage page, string name)
    {
        await page.FillAsync("[data-field='name']", name);
        await page.Locator("[data-field='start'] input").FillAsync("2026-10-11");
        await page.Locator("[data-field='start'] input").PressAsync("Tab");
        await page.Locator("[data-field='end'] input").FillAsync("2027-01-18");
        await page.Locator("[data-field='end'] input").PressAsync("Tab");
    }
}
