using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Storage.Operations;

/// <summary>
/// A start that cannot succeed ends with one sentence saying what to do and exit code 2, not a stack trace: a
/// <see cref="StartupProblem"/> thrown anywhere while starting, or a port this host must listen on that is taken.
/// </summary>
public static class StartupProblems
{
    public const int ExitCode = 2;

    /// <summary>Call first: installs the one-sentence exit and checks that the configured ports are free.</summary>
    public static IHostApplicationBuilder ExplainStartupProblems(this IHostApplicationBuilder builder)
    {
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception && Find(exception) is { } problem)
            {
                Console.Error.WriteLine(problem.Message);
                Environment.Exit(ExitCode);
            }
            else if (e.ExceptionObject is OperationCanceledException)
            {
                // SIGTERM while still starting (e.g. joining a cluster): a stop, not a crash.
                Console.Error.WriteLine("Stopped while starting.");
                Environment.Exit(0);
            }
        };

        foreach (var (setting, endpoint) in ListenEndpoints(builder.Configuration))
        {
            if (!IsFree(endpoint))
            {
                throw new StartupProblem(
                    $"Port {endpoint.Port} ({setting}) is already in use on {endpoint.Address}: stop the program that holds it (`ss -ltnp 'sport = :{endpoint.Port}'` shows which) or choose another port with {setting}.");
            }
        }

        return builder;
    }

    private static StartupProblem? Find(Exception exception) => exception switch
    {
        StartupProblem problem => problem,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(p => p is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };

    /// <summary>The HTTP addresses (<c>urls</c>, <c>Kestrel:Endpoints</c>) and the Orleans silo and gateway ports of a silo host.</summary>
    private static IEnumerable<(string Setting, IPEndPoint Endpoint)> ListenEndpoints(IConfiguration configuration)
    {
        foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(url) is { } endpoint)
            {
                yield return ("--urls", endpoint);
            }
        }

        foreach (var endpointSection in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (Parse(endpointSection["Url"] ?? "") is { } endpoint)
            {
                yield return ($"Kestrel:Endpoints:{endpointSection.Key}:Url", endpoint);
            }
        }

        if (!string.Equals(configuration["Orleans:Mode"], "Client", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var key in new[] { "Orleans:SiloPort", "Orleans:GatewayPort" })
            {
                if (int.TryParse(configuration[key], out var port) && port > 0)
                {
                    yield return (key, new IPEndPoint(IPAddress.Any, port));
                }
            }
        }
    }

    private static IPEndPoint? Parse(string url)
    {
        // Kestrel's wildcards (http://*:80, http://+:80) are not valid URIs: read them as "any address".
        var normalized = url.Trim().Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri) || uri.Port <= 0)
        {
            return null;
        }

        var address = uri.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : IPAddress.Any;
        return new IPEndPoint(address, uri.Port);
    }

    private static bool IsFree(IPEndPoint endpoint)
    {
        try
        {
            using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            // As Kestrel does: a port left in TIME_WAIT by an earlier run is free, one another program listens on is not.
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            socket.Bind(endpoint);
            socket.Listen();
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return false;
        }
        catch (SocketException)
        {
            return true; // an address this machine lacks: Kestrel reports that itself
        }
    }
}
