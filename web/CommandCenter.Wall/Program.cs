using System.Diagnostics.CodeAnalysis;
using CommandCenter.Wall.Diagnostics;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Radzen;

namespace CommandCenter.Wall;

/// <summary>Entry point of the wall in the browser (named, so it does not clash with the web host's Program).</summary>
public static class WallProgram
{
    [DynamicDependency(nameof(WallMemory.ManagedHeapBytes), typeof(WallMemory))] // called from JavaScript only
    public static async Task Main(string[] args)
    {
        var builder = WebAssemblyHostBuilder.CreateDefault(args);
        builder.Services.AddRadzenComponents();
        await builder.Build().RunAsync();
    }
}
