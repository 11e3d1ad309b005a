
namespace CommandCenter.Ledger;

/// <summary>The case ledger in the <c>case_ledger</c> table (migration 0011); an older version never overwrites a newer one.</summary>
public sealed class PostgresCaseLedger(NpgsqlDataSource dataSource) : ICaseLedger
{
    private const string Columns = "case_id, campaign_id, grid_code, unit, category, subcategory, source, status, overdue, reported_at, deadline, closed_at, closed_on_time, rework_count, description, location, latitude, longitude, withdrawn_reason";

    private const string UpsertSql = $"""
        INSERT INTO case_ledger ({Columns}, version)
        VALUES (@id, @campaign, @grid, @unit, @category, @subcategory, @source, @status, @overdue, @reported, @deadline, @closed, @ontime, @rework, @description, @location, @latitude, @longitude, @withdrawn, @version)
        ON CONFLICT (case_id) DO UPDATE SET
            campaign_id = EXCLUDED.campaign_id, grid_code = EXCLUDED.grid_code, unit = EXCLUDED.unit, category = EXCLUDED.category,
            subcategory = EXCLUDED.subcategory, source = EXCLUDED.source, status = EXCLUDED.status, overdue = EXCLUDED.overdue,
            reported_at = EXCLUDED.reported_at, deadline = EXCLUDED.deadline, closed_at = EXCLUDED.closed_at,
            closed_on_time = EXCLUDED.closed_on_time, rework_count = EXCLUDED.rework_count, description = EXCLUDED.description,
            location = EXCLUDED.location, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, withdrawn_reason = EXCLUDED.withdrawn_reason, version = EXCLUDED.version
        WHERE case_ledger.version <= EXCLUDED.version
        """;

    public async Task Upsert(IReadOnlyList<CaseView> cases)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var view in cases)
        {
            var c = LedgerCase.Of(view);
            var command = new NpgsqlBatchCommand(UpsertSql);
            var p = command.Parameters;
            p.AddWithValue("id", c.Id);
            p.AddWithValue("campaign", (object?)c.CampaignId ?? DBNull.Value);
            p.AddWithValue("grid", c.GridCode);
            p.AddWithValue("unit", (object?)c.Unit ?? DBNull.Value);
            p.AddWithValue("category", c.Category);
            p.AddWithValue("subcategory", c.Subcategory);
            p.AddWithValue("source", c.Source.ToString());
            p.AddWithValue("status", c.Status.ToString());
            p.AddWithValue("overdue", c.Overdue);
            p.AddWithValue("reported", c.ReportedAt.ToUniversalTime());
            p.AddWithValue("deadline", c.Deadline.ToUniversalTime());
            p.AddWithValue("closed", (object?)c.ClosedAt?.ToUniversalTime() ?? DBNull.Value);
            p.AddWithValue("ontime", c.ClosedOnTime);
            p.AddWithValue("rework", c.ReworkCount);
            p.AddWithValue("description", c.Description);
            p.AddWithValue("location", c.Location);
            p.Add(new NpgsqlParameter("latitude", NpgsqlTypes.NpgsqlDbType.Double) { Value = (object?)c.Latitude ?? DBNull.Value });
            p.Add(new NpgsqlParameter("longitude", NpgsqlTypes.NpgsqlDbType.Double) { Value = (object?)c.Longitude ?? DBNull.Value });
            p.AddWithValue("withdrawn", (object?)c.WithdrawnReason ?? DBNull.Value);
            p.AddWithValue("version", view.Version);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public async Task Remove(IReadOnlyList<string> caseIds)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM case_ledger WHERE case_id = ANY(@ids)");
        command.Parameters.AddWithValue("ids", caseIds.ToArray());
        await command.ExecuteNonQueryAsync();
    }

    public async Task<CasePage> Query(CaseQuery q)
    {
        const string Where = """
            WHERE (@campaign::text IS NULL OR campaign_id = @campaign) AND (@grid::text IS NULL OR grid_code = @grid)
              AND (@grids::text[] IS NULL OR grid_code = ANY(@grids))
              AND (@unit::text IS NULL OR unit = @unit) AND (@category::text IS NULL OR category = @category)
              AND (@status::text IS NULL OR status = @status) AND (@overdue::boolean IS NULL OR overdue = @overdue)
              AND (@open::boolean IS NULL OR (status NOT IN ('Closed', 'NotAccepted', 'Withdrawn')) = @open)
              AND (@withdrawn::boolean IS NULL OR (status = 'Withdrawn') = @withdrawn)
              AND (@source::text IS NULL OR source = @source)
              AND (@from::timestamptz IS NULL OR reported_at >= @from) AND (@before::timestamptz IS NULL OR reported_at < @before)
              AND (@located::boolean IS NULL OR (latitude IS NOT NULL) = @located)
            """;
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM case_ledger {Where}", connection);
        Bind(count, q);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync());

        await using var select = new NpgsqlCommand($"SELECT {Columns} FROM case_ledger {Where} ORDER BY reported_at DESC, case_id LIMIT @limit OFFSET @offset", connection);
        Bind(select, q);
        select.Parameters.AddWithValue("limit", q.PageSize);
        select.Parameters.AddWithValue("offset", (long)(q.Page - 1) * q.PageSize);
        var items = new List<LedgerCase>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new LedgerCase(
                reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetString(5), Enum.Parse<CaseSource>(reader.GetString(6)), Enum.Parse<CaseStatus>(reader.GetString(7)),
                reader.GetBoolean(8), reader.GetFieldValue<DateTimeOffset>(9), reader.GetFieldValue<DateTimeOffset>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.GetBoolean(12), reader.GetInt32(13), reader.GetString(14), reader.GetString(15),
                reader.IsDBNull(16) ? null : reader.GetDouble(16), reader.IsDBNull(17) ? null : reader.GetDouble(17),
                reader.IsDBNull(18) ? null : reader.GetString(18)));
        }

        return new CasePage(total, q.Page, q.PageSize, items);
    }

    public async Task<IReadOnlyList<CaseTally>> Tally(string campaignId, DateTimeOffset from, DateTimeOffset to)
    {
        const string Sql = """
            SELECT grid_code, unit, count(*)::int,
                   count(*) FILTER (WHERE status IN ('Rectified', 'Verified', 'Closed', 'Rework') OR rework_count > 0)::int,
                   count(*) FILTER (WHERE status = 'Closed')::int, count(*) FILTER (WHERE closed_on_time)::int,
                   count(*) FILTER (WHERE rework_count > 0)::int, count(*) FILTER (WHERE overdue)::int
            FROM case_ledger WHERE campaign_id = @campaign AND reported_at >= @from AND reported_at < @to AND status <> 'Withdrawn'
            GROUP BY grid_code, unit
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("from", from.ToUniversalTime());
        command.Parameters.AddWithValue("to", to.ToUniversalTime());
        var tallies = new List<CaseTally>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tallies.Add(new CaseTally(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), new CommandCenter.Assessment.CaseFacts(
                reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7))));
        }

        return tallies;
    }

    private static void Bind(NpgsqlCommand command, CaseQuery q)
    {
        command.Parameters.AddWithValue("campaign", (object?)q.CampaignId ?? DBNull.Value);
        command.Parameters.AddWithValue("grid", (object?)q.Grid ?? DBNull.Value);
        command.Parameters.Add(new NpgsqlParameter("grids", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)q.Grids?.ToArray() ?? DBNull.Value });
        command.Parameters.AddWithValue("unit", (object?)q.Unit ?? DBNull.Value);
        command.Parameters.AddWithValue("category", (object?)q.Category ?? DBNull.Value);
        command.Parameters.AddWithValue("status", (object?)q.Status?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("overdue", (object?)q.Overdue ?? DBNull.Value);
        command.Parameters.AddWithValue("open", (object?)q.Open ?? DBNull.Value);
        command.Parameters.AddWithValue("withdrawn", (object?)q.Withdrawn ?? DBNull.Value);
        command.Parameters.AddWithValue("source", (object?)q.Source?.ToString() ?? DBNull.Value);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)q.ReportedFrom?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)q.ReportedBefore?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.AddWithValue("located", (object?)q.Located ?? DBNull.Value);
    }
}
