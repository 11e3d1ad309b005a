using System.Text.Json;
using CommandCenter.Seeding;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The assessment pages in Chromium: the office adjusts a score and sees its breakdown move; a black-listed unit's head explains.</summary>
public sealed class AssessmentBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Assess-Pa55word!";

    [Fact]
    public async Task The_office_adjusts_a_score_and_sees_the_breakdown_and_the_black_listed_unit_explains()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "zhatu", password = Password, role = "UnitHead", unit = AssessmentDemo.ExposedUnit })).EnsureSuccessStatusCode();

        var office = await pages.SignInAsync(app, "/assessment", "admin", CommandCenterApp.AdminPassword, 1440, 1000);
        var row = office.Locator(".cc-standing[data-subject='园林绿化处']");
        await row.WaitForAsync(new() { Timeout = 20_000 });
        await office.GetByText("加减分与事项", new() { Exact = true }).ClickAsync();
        var form = office.Locator("[data-form='adjustment']");
        var subject = form.Locator("[data-field='subject']");
        await subject.ClickAsync();
        await office.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = "园林绿化处" }).First.ClickAsync();
        await subject.Filter(new() { HasText = "园林绿化处" }).WaitForAsync(new() { Timeout = 15_000 });
        await form.Locator("[data-field='points'] input").FillAsync("-7.5");
        await form.Locator("[data-field='reason']").FillAsync("暗访发现绿地积存垃圾");
        await form.Locator("[data-action='adjust']").ClickAsync();
        await office.Locator(".rz-notification-item", new() { HasText = "已记录 园林绿化处 -7.5 分" }).WaitForAsync(new() { Timeout = 15_000 });
        await office.GetByText("实时排名", new() { Exact = true }).ClickAsync();
        await office.Locator(".cc-standing[data-subject='园林绿化处'] [data-indicator='Adjustments'] b").Filter(new() { HasText = "-7.5" }).WaitForAsync(new() { Timeout = 15_000 });
        await office.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "assessment-office.png") });

        var head = await pages.SignInAsync(app, "/assessment/mine", "zhatu", Password, 390, 844);
        await head.Locator(".cc-standing").First.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(1, await head.Locator(".cc-standing").CountAsync()); // only their own line
        var record = head.Locator(".cc-card[data-record]");
        await record.Locator("[data-field='explanation']").FillAsync("撒漏路段已全部清洗，运输企业停运整顿三天");
        await record.Locator("[data-action='explain']").ClickAsync();
        await head.Locator("[data-explained]").WaitForAsync(new() { Timeout = 15_000 });
        await head.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "assessment-unit-phone.png") });

        // The demo's record may already carry an explanation (and its "submitted" line), so the page's mark alone does not
        // say the new one was saved: read the record until it shows the new explanation, or give up after 15 s.
        const string Explanation = "撒漏路段已全部清洗，运输企业停运整顿三天";
        string? explained = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); explained != Explanation && DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            var records = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/accountability");
            explained = records.EnumerateArray().Single(r => r.GetProperty("unit").GetString() == AssessmentDemo.ExposedUnit).GetProperty("explanation").GetString();
        }

        Assert.Equal(Explanation, explained);
        var adjustments = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/adjustments");
        Assert.Contains(adjustments.EnumerateArray(), a => a.GetProperty("subject").GetString() == "园林绿化处" && a.GetProperty("points").GetDouble() == -7.5 && a.GetProperty("by").GetString() == "admin");
    }
    [Fact]
    public async Task A_ranking_revision_is_published_only_after_the_office_confirms_it_and_a_toast_says_so()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        var published = (await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/periods")).EnumerateArray().ToList();
        var period = Assert.Single(published).GetProperty("period").GetString()!; // the demo publishes the month just ended
        async Task<JsonElement> Latest() => (await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/periods")).EnumerateArray()
            .Where(p => p.GetProperty("period").GetString() == period).MaxBy(p => p.GetProperty("revision").GetInt32());

        var office = await pages.SignInAsync(app, "/assessment", "admin", CommandCenterApp.AdminPassword, 1440, 1000);
        await office.GetByText("发布与通报", new() { Exact = true }).ClickAsync();
        var panel = office.Locator("[data-form='publish']");
        await panel.Locator("[data-field='note']").FillAsync("更正园林绿化处加分");
        await panel.Locator("[data-action='revise']").ClickAsync();
        var confirm = office.Locator(".rz-dialog");
        await confirm.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains(period, await confirm.InnerTextAsync());
        await confirm.GetByRole(AriaRole.Button, new() { Name = "取消", Exact = true }).ClickAsync();
        await confirm.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        Assert.Equal(1, (await Latest()).GetProperty("revision").GetInt32()); // cancelled: nothing published

        await panel.Locator("[data-action='revise']").ClickAsync();
        await confirm.WaitForAsync(new() { Timeout = 15_000 });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await office.Locator(".rz-notification-item:has-text('已发布修订')").WaitForAsync(new() { Timeout = 15_000 });
        var latest = await Latest();
        Assert.Equal((period, 2, "更正园林绿化处加分"), (latest.GetProperty("period").GetString(), latest.GetProperty("revision").GetInt32(), latest.GetProperty("note").GetString()));
    }
}
