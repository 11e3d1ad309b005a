namespace CommandCenter.Extensions;

/// <summary>
/// The <c>Orleans:Tls</c> section: mutual TLS between silos and from client-mode web hosts. Setting
/// <see cref="CertificatePath"/> turns it on; a silo advertising an address other machines reach refuses to start
/// without it.
/// </summary>
public sealed record OrleansTlsSettings
{
    /// <summary>This process's certificate with its private key: a PKCS#12 file (.pfx/.p12), or a PEM file with <see cref="KeyPath"/>.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>Password of the PKCS#12 file (or of the encrypted PEM key).</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>The PEM private key of a PEM <see cref="CertificatePath"/> (omit when the key is in the same file).</summary>
    public string? KeyPath { get; init; }

    /// <summary>
    /// PEM certificate(s) of the authority that issued the cluster's certificates: a remote silo or client must present
    /// a certificate that chains to one of them. Without it the machine's trusted roots decide.
    /// </summary>
    public string? AuthorityPath { get; init; }

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
