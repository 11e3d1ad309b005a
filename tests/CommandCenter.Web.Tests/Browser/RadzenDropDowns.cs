using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>Picks an entry of a Radzen drop-down the way a person does: open it, click the entry, see it chosen.</summary>
internal static class RadzenDropDowns
{
    /// <remarks>
    /// A person whose click went nowhere clicks again: on a loaded machine a Blazor page can re-render the drop-down
    /// between finding it and clicking it, so each attempt waits 15 s and the third failure is the test's.
    /// </remarks>
    public static async Task Choose(IPage page, string field, string text)
    {
        var dropDown = page.Locator($"[data-field='{field}']");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dropDown.ClickAsync(new() { Timeout = 15_000 });
                await page.Locator(".rz-popup:visible .rz-dropdown-item", new() { HasText = text }).First.ClickAsync(new() { Timeout = 15_000 });
                await dropDown.Filter(new() { HasText = text }).WaitForAsync(new() { Timeout = 15_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    /// <summary>
    /// Closes an open multi-select list the way a person does: Escape, and when the list stays open, a click beside it
    /// (on the dialog's title, or the page's corner), again until it has gone.
    /// </summary>
    public static async Task CloseOpenList(IPage page)
    {
        var open = page.Locator(".rz-multiselect-panel.rz-open");
        for (var attempt = 0; attempt < 6 && await open.CountAsync() > 0; attempt++)
        {
            if (attempt == 0)
            {
                await page.Keyboard.PressAsync("Escape");
            }
            else if (await page.Locator(".rz-dialog-titlebar:visible").CountAsync() > 0)
            {
                await page.Locator(".rz-dialog-titlebar:visible").Last.ClickAsync(new() { Position = new() { X = 8, Y = 8 } });
            }
            else
            {
                await page.Mouse.ClickAsync(2, 2);
            }

            try
            {
                await open.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // still open: try again
            }
        }

        Assert.Equal(0, await open.CountAsync());
    }
}
