using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>A test class's Chromium: launched before its first test, closed after its last.</summary>
public abstract class BrowserTests : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
