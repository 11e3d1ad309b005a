using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// Debian's nginx (<c>/usr/sbin/nginx</c>) run as a child process with the site documented in docs/OPERATIONS.md,
/// pointed at a test web host, with a throwaway certificate; everything lives in a temporary folder that is deleted
/// with it. Only the addresses, ports and certificate paths of the documented site are replaced.
/// </summary>
public sealed partial class NginxSite : IAsyncDisposable
{
    public const string Program = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxSite(Process process, string folder, int httpPort, int httpsPort) =>
        (_process, _folder, HttpPort, HttpsPort) = (process, folder, httpPort, httpsPort);

    public int HttpPort { get; }

    public int HttpsPort { get; }

    public Uri HttpsAddress => new($"https://127.0.0.1:{HttpsPort}");

    /// <summary>The <c>nginx</c> block of docs/OPERATIONS.md, under its "Reverse proxy (nginx)" heading.</summary>
    public static string DocumentedSite()
    {
        var operations = File.ReadAllText(Path.Combine(RepositoryFolder.Find(), "docs", "OPERATIONS.md"));
        var section = operations[operations.IndexOf("## Reverse proxy (nginx)", StringComparison.Ordinal)..];
        return SiteBlock().Match(section) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("docs/OPERATIONS.md has no ```nginx block under \"Reverse proxy (nginx)\".");
    }

    public static async Task<NginxSite> StartAsync(int upstreamPort)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Program))
        {
            throw new InvalidOperationException($"The reverse-proxy test needs nginx at {Program}: apt-get install nginx (bash tests/run does).");
        }

        var folder = Directory.CreateTempSubdirectory("commandcenter-nginx-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // nginx's workers (nobody) read and buffer here
        foreach (var temp in new[] { "body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(Path.Combine(folder, temp));
            File.SetUnixFileMode(Path.Combine(folder, temp), (UnixFileMode)0b111_111_111);
        }

        var (certificate, key) = WriteCertificate(folder);
        var (httpPort, httpsPort) = (FreePorts.Next(), FreePorts.Next());
        var site = Replace(DocumentedSite(), new Dictionary<string, string>
        {
            ["server 127.0.0.1:5080;"] = $"server 127.0.0.1:{upstreamPort};",
            ["listen 80;"] = $"listen 127.0.0.1:{httpPort};",
            ["listen 443 ssl http2;"] = $"listen 127.0.0.1:{httpsPort} ssl http2;",
            ["/etc/ssl/commandcenter/fullchain.pem"] = certificate,
            ["/etc/ssl/commandcenter/privkey.pem"] = key,
        });
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include /etc/nginx/mime.types;
            {{site}}
            }
            """);

        var info = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") })
        {
            info.ArgumentList.Add(argument);
        }

        var nginx = new NginxSite(Process.Start(info)!, folder, httpPort, httpsPort);
        await nginx.WaitUntilListening();
        return nginx;
    }

    /// <summary>A client for the site that accepts its throwaway certificate.</summary>
    public HttpClient Client(bool followRedirects = true) => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        AllowAutoRedirect = followRedirects,
    })
    { BaseAddress = HttpsAddress };

    private async Task WaitUntilListening()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx ended ({_process.ExitCode}): {await _process.StandardError.ReadToEndAsync()} {ErrorLog()}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"nginx did not answer on {HttpsAddress}: {ErrorLog()}");
            }

            await Task.Delay(250);
        }
    }

    public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    private static string Replace(string site, IReadOnlyDictionary<string, string> replacements)
    {
        foreach (var (documented, local) in replacements)
        {
            if (!site.Contains(documented, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The documented nginx site no longer contains '{documented}': update the test with the doc.");
            }

            site = site.Replace(documented, local, StringComparison.Ordinal);
        }

        return site;
    }

    private static (string Certificate, string Key) WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var (certificatePath, keyPath) = (Path.Combine(folder, "fullchain.pem"), Path.Combine(folder, "privkey.pem"));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    [GeneratedRegex(@"```nginx\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SiteBlock();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // the master and the workers it started
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
