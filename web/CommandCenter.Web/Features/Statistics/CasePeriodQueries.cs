using CommandCenter.Persistence;

namespace CommandCenter.Web.Features.Statistics;

/// <summary>
/// Period statistics of cases from the case ledger: the cases reported in [from, to) and what became of them, counted
/// by the same rules as the grids' live counts (docs/STATUS-RULES.md, "Cases"), grouped in SQL.
/// </summary>
public sealed class CasePeriodQueries(CommandCenterDatabase database)
{
    /// <summary>Counts per key of <paramref name="grouping"/> (district: per grid; the caller folds grids into districts).</summary>
    public async Task<IReadOnlyList<(string Key, CaseStats Stats)>> Count(
        string campaignId, DateTimeOffset? from, DateTimeOffset? to, CaseGrouping grouping, string timeZone)
    {
        var key = grouping switch
        {
            CaseGrouping.Source => "source",
            CaseGrouping.Category => "category",
            CaseGrouping.Unit => "coalesce(unit, '')",
            CaseGrouping.Grid or CaseGrouping.District => "grid_code",
            CaseGrouping.Month => "to_char(reported_at AT TIME ZONE @zone, 'YYYY-MM')",
            _ => "''",
        };
        await using var command = database.DataSource.CreateCommand($"""
            SELECT {key} AS key,
                   count(*) FILTER (WHERE status <> 'NotAccepted'),
                   count(*) FILTER (WHERE rework_count > 0 OR status IN ('Rectified', 'Verified', 'Closed', 'Rework')),
                   count(*) FILTER (WHERE status = 'Closed'),
                   count(*) FILTER (WHERE status = 'Closed' AND closed_on_time),
                   count(*) FILTER (WHERE rework_count > 0),
                   count(*) FILTER (WHERE overdue AND status NOT IN ('Closed', 'NotAccepted')),
                   count(*) FILTER (WHERE status = 'NotAccepted')
            FROM case_ledger
            WHERE campaign_id = @campaign AND status <> 'Withdrawn'
              AND (@from::timestamptz IS NULL OR reported_at >= @from)
              AND (@to::timestamptz IS NULL OR reported_at < @to)
            GROUP BY 1
            ORDER BY 1
            """);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("zone", timeZone);
        command.Parameters.Add(new Npgsql.NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)from?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new Npgsql.NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)to?.ToUniversalTime() ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, CaseStats)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), new CaseStats
            {
                Received = (int)reader.GetInt64(1),
                Handled = (int)reader.GetInt64(2),
                Closed = (int)reader.GetInt64(3),
                ClosedOnTime = (int)reader.GetInt64(4),
                Reworked = (int)reader.GetInt64(5),
                Overdue = (int)reader.GetInt64(6),
                NotAccepted = (int)reader.GetInt64(7),
            }));
        }

        return rows;
    }
}
