using System.Net;

namespace CommandCenter.Web.Shell;

/// <summary>
/// How browsers reach this host: directly over HTTPS (a Kestrel endpoint with an <c>https://</c> URL and a
/// certificate, see docs/SECURITY.md), or through a reverse proxy that terminates TLS (<c>ReverseProxy:KnownProxies</c>,
/// <c>ReverseProxy:Https=true</c>). Either way the site is HTTPS to its users: HSTS and Secure cookies.
/// </summary>
public sealed record TransportSettings
{
    /// <summary>An <c>https://</c> address this host listens on itself.</summary>
    public bool DirectHttps { get; init; }

    /// <summary>Users reach the site over HTTPS (directly or through the proxy).</summary>
    public bool Https { get; init; }

    /// <summary>Addresses of reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> headers are believed.</summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    public static TransportSettings From(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""));
        var direct = urls.Any(u => u.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        var proxies = (configuration["ReverseProxy:KnownProxies"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => IPAddress.TryParse(p, out var address) ? address
                : throw new InvalidOperationException($"ReverseProxy:KnownProxies: '{p}' is not an IP address."))
            .ToList();
        return new TransportSettings
        {
            DirectHttps = direct,
            Https = direct || configuration.GetValue("ReverseProxy:Https", false),
            KnownProxies = proxies,
        };
    }
}
