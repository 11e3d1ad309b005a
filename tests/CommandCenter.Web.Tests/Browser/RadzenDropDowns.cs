using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>Picks an entry of a Radzen drop-down the way a person does: open it, click the entry, see it chosen.</summary>
internal static class RadzenDropDowns
{
    public static async Task Choose(IPage page, string field, string text)
    {
        var dropDown = page.Locator($"[data-field='{field}']");
        await dropDown.ClickAsync();
        await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = text }).First.ClickAsync();
        await dropDown.Filter(new() { HasText = text }).WaitForAsync(new() { Timeout = 15_000 });
    }
}
