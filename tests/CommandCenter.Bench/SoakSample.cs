namespace CommandCenter.Bench;

/// <summary>
/// One minute's look at the soaked wall, taken after a forced garbage collection: the page's JS heap, DOM nodes, event
/// listeners and documents (Chrome DevTools Protocol <c>Performance.getMetrics</c>), the WebAssembly memory the wall's
/// .NET runtime has grown to (it never shrinks, so a managed leak shows as steps) and the bytes live in the wall's .NET heap after a full collection, the resident memory of the page's
/// renderer process (everything the page holds: DOM, layout, JS heap, WebAssembly memory) and of the web host, what
/// the screen showed and how much load had been sent by then.
/// </summary>
public sealed record SoakSample(
    double Minute,
    DateTimeOffset At,
    long? JsHeapUsedSize,
    long? JsHeapTotalSize,
    long? Nodes,
    long? JsEventListeners,
    long? Documents,
    long? WasmMemory,
    long? ManagedHeap,
    double? RendererRssMb,
    double? WebRssMb,
    string? Board,
    string? Connection,
    bool? Stale,
    int? FeedItems,
    int? CaseTicks,
    int? MapCases,
    long Updates,
    long Failures,
    long CaseSteps,
    int Navigations,
    int Crashes,
    int PageErrors,
    string? Error = null);
