using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace CommandCenter.Storage.LocalServer;

/// <summary>
/// A PostgreSQL server that CommandCenter manages itself: created with initdb on first use, started on a free
/// loopback port, its data reused on the next start. Every process using a data folder holds the server (see
/// <see cref="ServerHolders"/>): a server already running there is adopted, not started twice; a server whose
/// postmaster dies is started again on the same port (crash recovery from its WAL, see <see cref="ServerWatch"/>);
/// the last holder to stop stops it. Runs as the <c>postgres</c> system user when the process is root, because
/// initdb refuses root.
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable
{
    public const string DatabaseName = "commandcenter";
    private const string SuperUser = "postgres";

    private readonly string _bin;
    private readonly string _root;
    private readonly string? _runAs;
    private readonly ILogger _logger;
    private readonly ServerHolders _holders;
    private ServerWatch? _watch;
    private Task? _disposal;

    private LocalPostgresServer(string bin, string root, ILogger logger)
    {
        _bin = bin;
        _root = root;
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        _logger = logger;
        _holders = new ServerHolders(root);
    }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The loopback port the server listens on; a restart keeps it.</summary>
    public int Port { get; private set; }

    /// <summary>The folder of the server's data (<c>pgdata</c> inside the configured data directory).</summary>
    public string DataFolder => Path.Combine(_root, "pgdata");

    /// <summary>The folder of the server programs, also holding pg_dump and pg_restore.</summary>
    public string BinFolder => _bin;

    /// <summary>Raised after the server was started again because its postmaster had died.</summary>
    public event Action? Restarted;

    private string PasswordFile => Path.Combine(_root, "password");

    private string LogFile => Path.Combine(_root, "postgres.log");

    /// <summary>Creates (if needed) and starts, or adopts, the server whose data lives in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="StartupProblem">The programs are missing, or the folder cannot be used by this user.</exception>
    public static async Task<LocalPostgresServer> StartAsync(string dataDirectory, string? binDirectory, ILogger logger, CancellationToken cancellationToken = default)
    {
        var server = new LocalPostgresServer(PostgresBinaries.Find(binDirectory), Path.GetFullPath(dataDirectory), logger);
        await server.Start(cancellationToken);
        return server;
    }

    private async Task Start(CancellationToken cancellationToken)
    {
        await DataFolderAccess.CheckAsync(_root, DataFolder, _runAs, cancellationToken);
        using (await FolderLock.AcquireAsync(_root, cancellationToken))
        {
            if (!File.Exists(Path.Combine(DataFolder, "PG_VERSION")))
            {
                await InitializeDataFolder(cancellationToken);
            }

            _holders.Add();
            if (Postmaster.Read(DataFolder) is { IsRunning: true } running)
            {
                // Another process (a second silo, a web host, or one killed without stopping) runs it: adopt it.
                Port = running.Port;
                _logger.LogInformation("Adopting the managed PostgreSQL already running in {Folder} on 127.0.0.1:{Port}; the last process using it stops it", DataFolder, Port);
            }
            else
            {
                Port = FreeLoopbackPort();
                _logger.LogInformation("Starting the managed PostgreSQL in {Folder} on 127.0.0.1:{Port}", DataFolder, Port);
                await StartServer(cancellationToken);
            }
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim(),
            Database = "postgres",
        };
        await EnsureDatabase(builder.ConnectionString, cancellationToken);
        builder.Database = DatabaseName;
        ConnectionString = builder.ConnectionString;
        _watch = ServerWatch.Start(this, _logger);
        // However the process ends (a stop cut short by its deadline, SIGTERM while starting), it lets go of the server.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(12));
    }

    /// <summary>Starts the postmaster on <see cref="Port"/>; the caller holds the folder lock.</summary>
    private async Task StartServer(CancellationToken cancellationToken)
    {
        if (Postmaster.Read(DataFolder) is { IsRunning: false } dead)
        {
            // Backends of a killed postmaster leave by themselves within moments; a new postmaster must not meet them.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
            while (dead.AttachedProcesses() > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }

            // Its lock file names a process that is gone (or an unreaped zombie, which PostgreSQL would take for alive).
            File.Delete(Path.Combine(DataFolder, "postmaster.pid"));
        }

        await ProcessRunner.RunChecked(Tool("pg_ctl"), ["start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", $"-p {Port}"], _runAs, cancellationToken);
    }

    /// <summary>Starts the server again if its postmaster is gone and no other holder did so already.</summary>
    internal async Task<bool> RestartIfDead(CancellationToken cancellationToken)
    {
        using (await FolderLock.AcquireAsync(_root, cancellationToken))
        {
            if (Postmaster.Read(DataFolder) is { IsRunning: true })
            {
                return false;
            }

            await StartServer(cancellationToken);
        }

        Restarted?.Invoke();
        return true;
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

    internal string Tool(string name) => Path.Combine(_bin, name);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Releases this process's hold; the last holder stops the server. Never throws: a server that is already gone
    /// (its postmaster killed) needs no stop.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        lock (_holders)
        {
            _disposal ??= Release();
        }

        return new ValueTask(_disposal);
    }

    private async Task Release()
    {
        if (_watch is not null)
        {
            await _watch.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            using var folderLock = await FolderLock.AcquireAsync(_root, patience.Token);
            _holders.Remove();
            var others = _holders.Living();
            if (others.Count > 0)
            {
                _logger.LogInformation("Leaving the managed PostgreSQL in {Folder} running for {Count} other process(es) that use it", DataFolder, others.Count);
                return;
            }

            if (Postmaster.Read(DataFolder) is { IsRunning: true })
            {
                _logger.LogInformation("Stopping the managed PostgreSQL in {Folder}", DataFolder);
                var (exitCode, output) = await ProcessRunner.Run(Tool("pg_ctl"), ["stop", "-D", DataFolder, "-m", "fast", "-w", "-t", "8"], _runAs, patience.Token);
                if (exitCode != 0 && Postmaster.Read(DataFolder) is { IsRunning: true })
                {
                    await ProcessRunner.Run(Tool("pg_ctl"), ["stop", "-D", DataFolder, "-m", "immediate", "-w", "-t", "5"], _runAs, CancellationToken.None);
                    _logger.LogWarning("The managed PostgreSQL did not stop within 8 s ({Output}); stopped it immediately (it recovers from its WAL on the next start)", output.Trim());
                }
            }
        }
        catch (OperationCanceledException)
        {
            _holders.Remove();
            _logger.LogWarning("Could not take the lock of {Folder} within 10 s to stop the managed PostgreSQL; left it to the other processes that use it", _root);
        }
    }
}
