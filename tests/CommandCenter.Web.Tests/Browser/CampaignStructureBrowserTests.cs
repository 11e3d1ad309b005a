using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The office builds a campaign in Chromium: a new campaign, a line of effort, a task (after a refused one).</summary>
public sealed class CampaignStructureBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 20_000 };

    [Fact]
    public async Task The_office_creates_a_campaign_adds_a_line_and_a_task_and_sees_them()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await GridFiles.Units(await app.AdminClient(), "市容科", "环卫处", "城管执法支队"); // the forms pick units from the directory
        await using var pages = new BrowserPages(Browser);
        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/campaigns"), 1440, 900);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", CommandCenterApp.AdminPassword);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/campaigns");
        await page.Locator("[data-ready='true']").WaitForAsync(Visible);
        Assert.Equal(1, await page.Locator("[data-campaign='dagan100']").CountAsync());

        await page.FillAsync("[data-field='name']", "冬季攻坚行动");
        await page.Locator("[data-field='start'] input").FillAsync("2026-11-01");
        await page.Locator("[data-field='start'] input").PressAsync("Tab");
        await page.Locator("[data-field='end'] input").FillAsync("2027-02-08");
        await page.Locator("[data-field='end'] input").PressAsync("Tab");
        await page.ClickAsync("[data-action='create-campaign']");
        await page.WaitForURLAsync("**/plan", new() { Timeout = 20_000 });
        await page.Locator(".cc-plan[data-ready='true']").WaitForAsync(Visible); // the editor itself, not the list it came from
        var id = page.Url.Split('/')[^2];

        // Lines and tasks are edited in a dialog opened by the button that was clicked.
        await page.ClickAsync("[data-action='add-line']");
        var lineDialog = page.Locator(".rz-dialog .cc-line-form");
        await lineDialog.WaitForAsync(Visible);
        await lineDialog.Locator("[data-field='line-code']").FillAsync("一");
        await lineDialog.Locator("[data-field='line-title']").FillAsync("背街小巷整治");
        await RadzenDropDowns.Choose(page, "line-lead-unit", "市容科");
        await lineDialog.Locator("[data-field='line-leader']").FillAsync("张三 副局长");
        await lineDialog.Locator("[data-action='save-line']").ClickAsync();
        await page.Locator(".cc-plan-line[data-line='一']").WaitForAsync(Visible);
        await lineDialog.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });

        // A task without a title is refused, with the field named at the field; nothing is stored.
        await page.ClickAsync(".cc-plan-line[data-line='一'] [data-action='add-task']");
        var taskDialog = page.Locator(".rz-dialog .cc-task-form");
        await taskDialog.WaitForAsync(Visible);
        await taskDialog.Locator("[data-field='task-code']").FillAsync("1.1");
        await RadzenDropDowns.Choose(page, "task-owner", "市容科");
        await taskDialog.Locator("[data-field='task-co-units']").ClickAsync();
        foreach (var coUnit in new[] { "环卫处", "城管执法支队" })
        {
            await page.Locator($"li[aria-label^='{coUnit}']:visible").First.ClickAsync();
        }

        await RadzenDropDowns.CloseOpenList(page);
        await taskDialog.Locator("[data-field='task-due'] input").FillAsync("2027-01-31");
        await taskDialog.Locator("[data-field='task-due'] input").PressAsync("Tab");
        await taskDialog.Locator("[data-field='task-value'] input").FillAsync("120");
        await taskDialog.Locator("[data-field='task-uom']").FillAsync("条");
        await taskDialog.Locator("[data-action='save-task']").ClickAsync();
        await taskDialog.Locator("[data-error-field='title']").WaitForAsync(Visible);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Reader().GetAsync($"/api/tasks/{id}.1.1")).StatusCode);

        await taskDialog.Locator("[data-field='task-title']").FillAsync("整治背街小巷120条");
        await taskDialog.Locator("[data-action='save-task']").ClickAsync();
        var row = page.Locator($".cc-plan-line[data-line='一'] [data-task='{id}.1.1']");
        await row.WaitForAsync(Visible);
        Assert.Equal("整治背街小巷120条", (await row.InnerTextAsync()).Trim());

        var snapshot = await app.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        Assert.Equal("冬季攻坚行动", snapshot.GetProperty("name").GetString());
        Assert.Equal("Asia/Shanghai", snapshot.GetProperty("timeZone").GetString());
        var line = Assert.Single(snapshot.GetProperty("lines").EnumerateArray());
        Assert.Equal("市容科", line.GetProperty("leadUnit").GetString());
        var task = Assert.Single(line.GetProperty("tasks").EnumerateArray());
        Assert.Equal(120, task.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.Equal(["环卫处", "城管执法支队"], task.GetProperty("coUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("2027-01-31", task.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task The_office_lists_people_and_creates_a_unit_head_who_can_then_sign_in()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/people"), 1440, 900);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", CommandCenterApp.AdminPassword);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/people");
        await page.Locator("[data-ready='true']").WaitForAsync(Visible);
        await page.Locator("[data-user-row='admin']").WaitForAsync(Visible);

        // A unit head without a unit is refused at the unit field, then created with a unit picked from the directory.
        await page.ClickAsync("[data-action='new-account']");
        var form = page.Locator("[data-account-form]");
        await form.Locator("[data-field='userName']").FillAsync("shirongke");
        await form.Locator("[data-field='password']").FillAsync("People-Pa55word!");
        await form.Locator("[data-action='save-account']").ClickAsync();
        await form.Locator(".rz-message:has-text('单位负责人须选择所负责的单位')").WaitForAsync(Visible);

        await form.Locator("[data-picker='unit']").ClickAsync();
        await page.Locator("li[aria-label='城市管理综合执法支队（执法支队）']:visible").ClickAsync();
        await form.Locator("[data-action='save-account']").ClickAsync();
        await page.Locator("[data-user-row='shirongke']").WaitForAsync(Visible);

        var users = await (await app.AdminClient()).GetFromJsonAsync<JsonElement>("/api/users");
        var head = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "shirongke");
        Assert.Equal("UnitHead", head.GetProperty("role").GetString());
        Assert.Equal("城市管理综合执法支队", head.GetProperty("unit").GetString());
        await app.ClientFor("shirongke", "People-Pa55word!");
    }
}
