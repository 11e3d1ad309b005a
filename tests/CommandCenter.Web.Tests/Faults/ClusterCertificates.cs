using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// A throwaway certificate authority and certificates it issues to the silos and clients of a test cluster, written to
/// a temporary folder as the product reads them (PKCS#12 per process, the authority as PEM); deleted when disposed.
/// </summary>
public sealed class ClusterCertificates : IDisposable
{
    private readonly X509Certificate2 _authority;

    public ClusterCertificates(string name = "CommandCenter test cluster CA")
    {
        Folder = Directory.CreateTempSubdirectory("commandcenter-tls-").FullName;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        _authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        AuthorityPath = Path.Combine(Folder, "cluster-ca.pem");
        File.WriteAllText(AuthorityPath, _authority.ExportCertificatePem());
    }

    public string Folder { get; }

    /// <summary>The authority's certificate (PEM), as <c>Orleans:Tls:AuthorityPath</c>.</summary>
    public string AuthorityPath { get; }

    /// <summary>Issues a certificate for <paramref name="name"/> (server and client authentication) and returns its PKCS#12 path.</summary>
    public string Issue(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false)); // server and client authentication
        var serial = RandomNumberGenerator.GetBytes(12);
        using var issued = request.Create(_authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(7), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        var path = Path.Combine(Folder, name + ".pfx");
        File.WriteAllBytes(path, withKey.Export(X509ContentType.Pkcs12, Password));
        return path;
    }

    public const string Password = "cluster-test";

    /// <summary>The <c>Orleans:Tls:*</c> settings of a process presenting <paramref name="certificatePath"/>.</summary>
    public Dictionary<string, string> Settings(string certificatePath) => new()
    {
        ["Orleans:Tls:CertificatePath"] = certificatePath,
        ["Orleans:Tls:CertificatePassword"] = Password,
        ["Orleans:Tls:AuthorityPath"] = AuthorityPath,
    };

    public X509Certificate2 Load(string certificatePath) => X509CertificateLoader.LoadPkcs12FromFile(certificatePath, Password);

    public void Dispose()
    {
        _authority.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
