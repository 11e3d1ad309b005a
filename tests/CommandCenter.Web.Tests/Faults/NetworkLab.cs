using System.Diagnostics;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// A private network of "hosts" on one machine: one network namespace per host, each with a veth pair whose other end
/// is on a bridge inside a hub namespace, all in <see cref="Subnet"/>; the test process reaches them through one more
/// veth pair whose root end holds <see cref="GatewayAddress"/>. No other address or route is touched, and
/// <see cref="Dispose"/> deletes every namespace and veth it made (deleting a namespace deletes its veths).
/// </summary>
public sealed class NetworkLab : IDisposable
{
    public const string Subnet = "10.77.0.0/24";
    public const string GatewayAddress = "10.77.0.1";

    private readonly string _tag = Guid.NewGuid().ToString("N")[..4];
    private readonly List<string> _namespaces = [];
    private readonly Dictionary<string, string> _links = []; // host → its veth inside its namespace
    private readonly string _rootLink;

    private NetworkLab()
    {
        _rootLink = $"cc{_tag}r0";
    }

    private string Hub => $"cc{_tag}-hub";

    /// <summary>The reason this machine cannot run the lab (not root, <c>ip netns</c> not permitted), or null.</summary>
    public static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "network namespaces need root on Linux";
        }

        var probe = $"cc-probe-{Environment.ProcessId}";
        var (added, output) = Run("ip", $"netns add {probe}");
        if (added != 0)
        {
            return $"'ip netns add' is not permitted here: {output.Trim()}";
        }

        Run("ip", $"netns del {probe}");
        return null;
    }

    /// <summary>Creates the hub and one namespace per host, <paramref name="hosts"/> mapping a host's name to its address.</summary>
    public static NetworkLab Create(IReadOnlyDictionary<string, string> hosts)
    {
        RemoveLeftovers();
        var (_, routes) = Run("ip", "-4 route show");
        if (routes.Contains("10.77.0.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Subnet} is already routed on this machine; the lab needs it to itself: {routes.Trim()}");
        }

        var lab = new NetworkLab();
        try
        {
            lab.Build(hosts);
            return lab;
        }
        catch
        {
            lab.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A lab whose test process was killed (a CI timeout) leaves its namespaces and root veth behind; they carry this
    /// class's names (<c>cc</c> + 4 hex digits), so they are removed before a new lab is made.
    /// </summary>
    private static void RemoveLeftovers()
    {
        var (_, links) = Run("ip", "-o link show");
        foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(links, @"^\d+: (cc[0-9a-f]{4}r0)@", System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            Run("ip", $"link del {link.Groups[1].Value}");
        }

        var (_, namespaces) = Run("ip", "netns list");
        foreach (System.Text.RegularExpressions.Match ns in System.Text.RegularExpressions.Regex.Matches(namespaces, @"^(cc[0-9a-f]{4}-(hub|silo\d|web\d))\b", System.Text.RegularExpressions.RegexOptions.Multiline))
        {
            Run("ip", $"netns del {ns.Groups[1].Value}");
        }
    }

    /// <summary>The namespace of <paramref name="host"/>, for <c>ip netns exec</c>.</summary>
    public string Namespace(string host) => $"cc{_tag}-{host}";

    /// <summary><c>ip link set … down</c> on the host's only link: it can reach nothing and nothing reaches it.</summary>
    public void Cut(string host) => Must("ip", $"-n {Namespace(host)} link set {_links[host]} down");

    public void Heal(string host) => Must("ip", $"-n {Namespace(host)} link set {_links[host]} up");

    private void Build(IReadOnlyDictionary<string, string> hosts)
    {
        Must("ip", $"netns add {Hub}");
        _namespaces.Add(Hub);
        Must("ip", $"-n {Hub} link add br0 type bridge");
        Must("ip", $"-n {Hub} link set br0 up");

        // The test process's way in: the root end keeps the gateway address, the other end joins the bridge.
        Must("ip", $"link add {_rootLink} type veth peer name {_rootLink}h");
        Must("ip", $"link set {_rootLink}h netns {Hub}");
        Must("ip", $"-n {Hub} link set {_rootLink}h master br0 up");
        Must("ip", $"addr add {GatewayAddress}/24 dev {_rootLink}");
        Must("ip", $"link set {_rootLink} up");

        var index = 0;
        foreach (var (host, address) in hosts)
        {
            var ns = Namespace(host);
            var link = $"cc{_tag}h{index}";
            var peer = $"cc{_tag}p{index++}";
            Must("ip", $"netns add {ns}");
            _namespaces.Add(ns);
            Must("ip", $"-n {ns} link set lo up");
            Must("ip", $"link add {link} type veth peer name {peer}");
            Must("ip", $"link set {link} netns {ns}");
            Must("ip", $"link set {peer} netns {Hub}");
            Must("ip", $"-n {Hub} link set {peer} master br0 up");
            Must("ip", $"-n {ns} addr add {address}/24 dev {link}");
            Must("ip", $"-n {ns} link set {link} up");
            _links[host] = link;
        }
    }

    public void Dispose()
    {
        Run("ip", $"link del {_rootLink}"); // its peer in the hub goes with it
        foreach (var ns in Enumerable.Reverse(_namespaces))
        {
            Run("ip", $"netns del {ns}");
        }
    }

    private static void Must(string program, string arguments)
    {
        var (code, output) = Run(program, arguments);
        if (code != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({code}): {output}");
        }
    }

    private static (int Code, string Output) Run(string program, string arguments)
    {
        var info = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
