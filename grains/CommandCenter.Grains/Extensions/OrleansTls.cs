using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;
using Orleans.Hosting;

namespace CommandCenter.Extensions;

/// <summary>
/// Mutual TLS for Orleans (<c>Microsoft.Orleans.Connections.Security</c>): every silo-to-silo and client-to-gateway
/// connection presents the certificate of <see cref="OrleansTlsSettings"/> and requires one from the other side that
/// chains to the configured authority.
/// </summary>
public static class OrleansTls
{
    /// <summary>Turns TLS on for a silo, or refuses to start one that other machines could reach in the clear.</summary>
    public static ISiloBuilder UseCommandCenterTls(this ISiloBuilder silo, OrleansSettings settings)
    {
        if (!settings.Tls.Enabled)
        {
            if (!IsLoopback(settings.AdvertisedIP))
            {
                throw new InvalidOperationException(
                    $"Orleans:AdvertisedIP is {settings.AdvertisedIP}, an address other machines reach, but Orleans TLS is not configured: " +
                    "set Orleans:Tls:CertificatePath (and Orleans:Tls:AuthorityPath) so that silos and clients authenticate each other " +
                    "(see docs/SECURITY.md, Orleans TLS). The silo does not start with open silo and gateway ports.");
            }

            return silo;
        }

        var certificate = LoadCertificate(settings.Tls);
        return silo.UseTls(certificate, options => Configure(options, settings.Tls));
    }

    /// <summary>Turns TLS on for a client-mode host when a certificate is configured.</summary>
    public static IClientBuilder UseCommandCenterTls(this IClientBuilder client, OrleansSettings settings)
    {
        if (!settings.Tls.Enabled)
        {
            return client;
        }

        var certificate = LoadCertificate(settings.Tls);
        return client.UseTls(certificate, options => Configure(options, settings.Tls));
    }

    public static bool IsLoopback(string address) =>
        IPAddress.TryParse(address, out var ip) ? IPAddress.IsLoopback(ip) : string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase);

    private static void Configure(TlsOptions options, OrleansTlsSettings settings)
    {
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        var authorities = LoadAuthorities(settings);
        options.CheckCertificateRevocation = authorities is null; // a private cluster authority publishes no revocation list
        options.RemoteCertificateValidation = (certificate, chain, errors) => IsTrusted(certificate, chain, errors, authorities);
    }

    /// <summary>
    /// Silos are reached by address, not by name, so a name mismatch is not an error; the chain must end at the
    /// cluster's authority (or a machine-trusted root when none is configured).
    /// </summary>
    private static bool IsTrusted(X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors, X509Certificate2Collection? authorities)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        if (authorities is null)
        {
            return (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(authorities);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements.Skip(1))
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(certificate);
    }

    private static X509Certificate2 LoadCertificate(OrleansTlsSettings settings)
    {
        var path = settings.CertificatePath!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Orleans:Tls:CertificatePath names {path}, which does not exist.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".pfx" or ".p12")
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
        }

        var keyPath = string.IsNullOrWhiteSpace(settings.KeyPath) ? path : settings.KeyPath;
        var pem = string.IsNullOrEmpty(settings.CertificatePassword)
            ? X509Certificate2.CreateFromPemFile(path, keyPath)
            : X509Certificate2.CreateFromEncryptedPemFile(path, settings.CertificatePassword, keyPath);
        // An ephemeral PEM key cannot always serve TLS; a PKCS#12 round trip gives it a persisted one.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private static X509Certificate2Collection? LoadAuthorities(OrleansTlsSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.AuthorityPath))
        {
            return null;
        }

        if (!File.Exists(settings.AuthorityPath))
        {
            throw new InvalidOperationException($"Orleans:Tls:AuthorityPath names {settings.AuthorityPath}, which does not exist.");
        }

        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(settings.AuthorityPath);
        return authorities;
    }
}
