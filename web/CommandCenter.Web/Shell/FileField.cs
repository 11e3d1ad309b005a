using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace CommandCenter.Web.Shell;

/// <summary>
/// Blazor's file input, whose start-up survives a page that has already moved on. The input starts in the browser
/// after its first render; when that render was replaced before the browser ran it (the field is cleared after a save
/// by a new key, and the page navigates to the saved case at once), the browser finds no element and the call fails —
/// which, left alone, ends the page's whole circuit. A field that is gone needs no start, so that failure is ignored.
/// </summary>
public sealed class FileField : InputFile
{
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            await base.OnAfterRenderAsync(firstRender);
        }
        catch (JSException) when (firstRender)
        {
            // the element was removed before the browser could start it
        }
        catch (JSDisconnectedException)
        {
            // the page has gone
        }
    }
}
