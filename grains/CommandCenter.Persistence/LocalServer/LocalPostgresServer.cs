using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace CommandCenter.Persistence.LocalServer;

/// <summary>
/// A PostgreSQL server that CommandCenter manages itself: created with initdb on first use, started on a free
/// loopback port, stopped on shutdown by the process that started it, its data reused on the next start; a server
/// already running in the same folder is shared. Runs as the <c>postgres</c> system user
/// when the process is root, because initdb refuses root.
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    public const string DatabaseName = "commandcenter";
    private const string SuperUser = "postgres";

    private readonly string _bin;
    private readonly string _root;
    private readonly string? _runAs;
    private readonly ILogger _logger;
    private bool _started;

    private LocalPostgresServer(string bin, string root, ILogger logger)
    {
        _bin = bin;
        _root = root;
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        _logger = logger;
    }

    public string ConnectionString { get; private set; } = "";

    private string DataFolder => Path.Combine(_root, "pgdata");

    private string PasswordFile => Path.Combine(_root, "password");

    private string LogFile => Path.Combine(_root, "postgres.log");

    /// <summary>Creates (if needed) and starts the server whose data lives in <paramref name="dataDirectory"/>.</summary>
    public static async Task<LocalPostgresServer> StartAsync(string dataDirectory, string? binDirectory, ILogger logger, CancellationToken cancellationToken = default)
    {
        var server = new LocalPostgresServer(PostgresBinaries.Find(binDirectory), Path.GetFullPath(dataDirectory), logger);
        await server.Start(cancellationToken);
        return server;
    }

    private async Task Start(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION")))
        {
            await InitializeDataFolder(cancellationToken);
        }

        int port;
        var (status, _) = await ProcessRunner.Run(Tool("pg_ctl"), ["status", "-D", DataFolder], _runAs, cancellationToken);
        if (status == 0)
        {
            // Another process (a second silo, a web host, or an earlier run) already serves this folder: share it.
            port = RunningPort();
            _logger.LogInformation("Using the managed PostgreSQL already running in {Folder} on 127.0.0.1:{Port}", DataFolder, port);
        }
        else
        {
            port = FreeLoopbackPort();
            _logger.LogInformation("Starting the managed PostgreSQL in {Folder} on 127.0.0.1:{Port}", DataFolder, port);
            await ProcessRunner.RunChecked(Tool("pg_ctl"), ["start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {port}"], _runAs, cancellationToken);
            _started = true;
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim(),
            Database = "postgres",
        };
        await EnsureDatabase(builder.ConnectionString, cancellationToken);
        builder.Database = DatabaseName;
        ConnectionString = builder.ConnectionString;
    }

    private async Task InitializeDataFolder(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Creating a PostgreSQL data folder in {Folder}", DataFolder);
        await File.WriteAllTextAsync(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        if (_runAs is not null)
        {
            await ProcessRunner.RunChecked("chown", ["-R", $"{_runAs}:", _root], null, cancellationToken);
        }

        await ProcessRunner.RunChecked(Tool("initdb"),
            ["-D", DataFolder, "-U", SuperUser, "--pwfile", PasswordFile, "--auth", "scram-sha-256", "-E", "UTF8", "--no-locale"],
            _runAs, cancellationToken);

        // Loopback TCP only, no Unix socket (its path length is limited), room for several processes' pools.
        await File.AppendAllTextAsync(Path.Combine(DataFolder, "postgresql.conf"),
            "\n# CommandCenter managed server\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n",
            cancellationToken);
    }

    private static async Task EnsureDatabase(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName} ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private Task Stop(CancellationToken cancellationToken) =>
        ProcessRunner.RunChecked(Tool("pg_ctl"), ["stop", "-D", DataFolder, "-m", "fast", "-w", "-t", "60"], _runAs, cancellationToken);

    private string Tool(string name) => Path.Combine(_bin, name);

    /// <summary>The port of the running server, from the fourth line of its postmaster.pid.</summary>
    private int RunningPort()
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder, "postmaster.pid"));
        return lines.Length > 3 && int.TryParse(lines[3], out var port)
            ? port
            : throw new InvalidOperationException($"Cannot tell the port of the PostgreSQL server running in {DataFolder}.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the server if this process started it; a shared server is left to the process that started it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started)
        {
            _logger.LogInformation("Stopping the managed PostgreSQL in {Folder}", DataFolder);
            await Stop(CancellationToken.None);
        }
    }
}
