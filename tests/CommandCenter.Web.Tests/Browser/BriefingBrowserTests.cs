using System.Text.Json;
using CommandCenter.Domain;
using CommandCenter.Reports;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>Past weeks on the reports page and the briefing page in Chromium: a unit head reads last week's report; the office edits and publishes.</summary>
public sealed class BriefingBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Brief-Pa55word!";

    [Fact]
    public async Task A_unit_head_reads_last_week_s_report_and_the_office_publishes_the_week_s_briefing()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfang", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        var lastWeek = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").AddDays(-7);
        await app.Service<IGrainFactory>().GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf("dagan100", lastWeek))
            .Submit("城防办", new WeeklyReport { WorkDone = "上周完成防汛演练" }, "chengfang");

        var head = await pages.SignInAsync(app, "/reports", "chengfang", Password, 390, 844);
        await head.Locator("[data-field='week']").ClickAsync();
        await head.Locator($".rz-dropdown-item:visible:has-text('{lastWeek:yyyy-MM-dd}')").ClickAsync();
        var past = head.Locator(".cc-past-report[data-unit='城防办']");
        await past.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("上周完成防汛演练", await past.Locator("[data-field='workDone']").InnerTextAsync());
        Assert.Equal(0, await head.Locator(".cc-report-form").CountAsync()); // a past week is read, not submitted

        var week = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");
        var office = await pages.SignInAsync(app, $"/campaigns/dagan100/briefings/{week}", "admin", CommandCenterApp.AdminPassword);
        Assert.Equal("false", await office.Locator(".cc-briefing").GetAttributeAsync("data-published"));
        await office.Locator("[data-field='editorNote']").FillAsync("各单位要对标对表，补齐短板。");
        await office.Locator(".cc-highlights li[data-line='八'] [data-action='up']").ClickAsync();
        await office.Locator("[data-action='save']").ClickAsync();
        await office.Locator(".cc-briefing-note").WaitForAsync(new() { Timeout = 15_000 });
        await office.Locator("[data-action='publish']").ClickAsync();
        var confirm = office.Locator(".rz-dialog");                                           // publishing is confirmed first
        await confirm.WaitForAsync(new() { Timeout = 15_000 });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await office.Locator(".cc-briefing[data-published='true'][data-number='1']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("第 1 期", await office.Locator(".cc-briefing-number").InnerTextAsync());
        Assert.StartsWith("活动第 ", await office.Locator("[data-section='header']").InnerTextAsync());
        await office.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "briefing.png") });

        var issue = await admin.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{week}");
        Assert.Equal("各单位要对标对表，补齐短板。", issue.GetProperty("briefing").GetProperty("editorNote").GetString());
        var codes = issue.GetProperty("briefing").GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()).ToList();
        Assert.True(codes.IndexOf("八") < codes.IndexOf("七"), string.Join(",", codes));

        await head.Locator("[data-field='week']").ClickAsync();
        await head.Locator($".rz-dropdown-item:visible:has-text('{week}')").ClickAsync();
        await head.Locator(".cc-week-briefing[data-published='true']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("第 1 期", await head.Locator(".cc-week-briefing").InnerTextAsync());
    }
}
