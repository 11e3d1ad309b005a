using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Radzen;

namespace CommandCenter.Wall;

/// <summary>Entry point of the wall in the browser (named, so it does not clash with the web host's Program).</summary>
public static class WallProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebAssemblyHostBuilder.CreateDefault(args);
        builder.Services.AddRadzenComponents();
        await builder.Build().RunAsync();
    }
}
