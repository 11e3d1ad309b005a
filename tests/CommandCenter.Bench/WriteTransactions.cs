using Npgsql;

namespace CommandCenter.Bench;

/// <summary>
/// Counts the server's writing transactions between two points, by transaction id: only transactions that write take
/// one, and each call here takes one too. Shows how many commits the product spends per acknowledged update.
/// </summary>
public static class WriteTransactions
{
    public static async Task<long> Mark(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT txid_current()");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> Since(string connectionString, long mark) => await Mark(connectionString) - mark - 1;
}
