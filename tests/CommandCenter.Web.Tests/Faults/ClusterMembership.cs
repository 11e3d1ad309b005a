using Npgsql;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>Reads Orleans' membership table (orleans_membership) to see which silos the cluster counts as active or dead.</summary>
public static class ClusterMembership
{
    public const int Active = 3;
    public const int Dead = 6;

    /// <summary>Faster failure detection than the product's defaults, so the fault tests settle in seconds.</summary>
    public static readonly IReadOnlyDictionary<string, string> FastSettings = new Dictionary<string, string>
    {
        ["Orleans:Membership:ProbeTimeout"] = "00:00:01",
        ["Orleans:Membership:NumMissedProbesLimit"] = "2",
        ["Orleans:Membership:TableRefreshTimeout"] = "00:00:02",
        ["Orleans:Membership:IAmAliveTablePublishTimeout"] = "00:00:05",
        ["Orleans:Messaging:ResponseTimeout"] = "00:00:05", // calls already sent to a lost silo fail after 5 s, not 30 s
    };

    /// <summary>The status of the newest incarnation of the silo on <paramref name="siloPort"/>, or null before it joins.</summary>
    public static async Task<int?> StatusOf(string connectionString, int siloPort)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT status FROM orleans_membership WHERE port = @port ORDER BY generation DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("port", siloPort);
        return await command.ExecuteScalarAsync() as int?;
    }

    /// <summary>The status of every silo incarnation the cluster has recorded.</summary>
    public static async Task<IReadOnlyList<int>> Statuses(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM orleans_membership", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<int>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0));
        }

        return statuses;
    }

    /// <summary>Waits until the silo on <paramref name="siloPort"/> has <paramref name="status"/>; false at the deadline.</summary>
    public static async Task<bool> WaitFor(string connectionString, int siloPort, int status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await StatusOf(connectionString, siloPort) == status)
                {
                    return true;
                }
            }
            catch (PostgresException)
            {
                // the table does not exist until the first silo has migrated the database
            }

            await Task.Delay(250);
        }

        return false;
    }
}
