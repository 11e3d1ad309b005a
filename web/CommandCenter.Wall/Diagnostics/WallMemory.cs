using Microsoft.JSInterop;

namespace CommandCenter.Wall.Diagnostics;

/// <summary>
/// The wall's own .NET heap, as a kiosk's developer console or the benchmark's soak reads it
/// (<c>DotNet.invokeMethodAsync('CommandCenter.Wall', 'ManagedHeapBytes')</c>): the bytes still live after a full
/// collection. The WebAssembly memory around it only grows, so it cannot tell a leak from a peak; this can.
/// </summary>
public static class WallMemory
{
    [JSInvokable]
    public static long ManagedHeapBytes() => GC.GetTotalMemory(forceFullCollection: true);
}
