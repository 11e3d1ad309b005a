using System.Text.Json;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The office backs up on demand from /admin/backups in Chromium and gets the file to download.</summary>
public sealed class BackupsBrowserTests(PostgresFixture postgres) : BrowserTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cc-backups-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task The_office_backs_up_now_from_the_backups_page_and_can_download_the_file()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?> { ["Backup:Folder"] = _folder });
        await using var pages = new BrowserPages(Browser);
        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/admin/backups"), 1280, 900);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", CommandCenterApp.AdminPassword);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/admin/backups");
        await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal(_folder, await page.Locator("#backup-folder").InnerTextAsync());

        await page.ClickAsync("#backup-now");
        await page.Locator("#backup-message").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("备份完成", await page.Locator("#backup-message").InnerTextAsync());

        var admin = await app.AdminClient();
        var file = Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/admin/backups")).EnumerateArray());
        var name = file.GetProperty("name").GetString()!;
        Assert.Equal(1, await page.Locator($"#backups a[href='/api/admin/backups/{name}']").CountAsync());
        var bytes = await admin.GetByteArrayAsync($"/api/admin/backups/{name}");
        Assert.Equal("PGDMP", System.Text.Encoding.ASCII.GetString(bytes, 0, 5)); // a pg_dump custom-format file
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/backups/..%2Fpassword")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/admin/backups/{name}")).StatusCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
