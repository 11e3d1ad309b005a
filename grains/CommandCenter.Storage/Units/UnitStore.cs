using CommandCenter.Units;

namespace CommandCenter.Storage.Units;

/// <summary>
/// The unit directory in the <c>units</c> and <c>unit_names</c> tables (migration 0090). Writes hold the directory's
/// lock for their transaction, so the checks (a name used by no other unit, now or before; a parent that exists and is
/// not the unit itself or below it) and the write are one step. A rename keeps the former name pointing at the unit.
/// </summary>
public sealed class UnitStore(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, name, short_name, kind, parent_id";

    public async Task<IReadOnlyList<UnitEntry>> List()
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM units ORDER BY kind, name");
        return await Read(command);
    }

    /// <summary>The unit a name resolves to: its current name or one it carried before.</summary>
    public async Task<UnitEntry?> Resolve(string name)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM units WHERE id = (SELECT unit_id FROM unit_names WHERE name = @name)");
        command.Parameters.AddWithValue("name", name.Trim());
        return (await Read(command)).FirstOrDefault();
    }

    public Task<(UnitWriteResult Result, UnitEntry? Unit)> Create(string name, string shortName, UnitKind kind, int? parentId) =>
        Locked(async connection =>
        {
            var refused = await NameOwner(connection, name) is not null ? UnitWriteResult.NameTaken
                : parentId is { } parent && !await Exists(connection, parent) ? UnitWriteResult.UnknownParent
                : UnitWriteResult.Stored;
            return refused != UnitWriteResult.Stored ? (refused, null)
                : (refused, await Written(connection, "INSERT INTO units (name, short_name, kind, parent_id) VALUES (@name, @short, @kind, @parent)", null, name, shortName, kind, parentId));
        });

    public Task<(UnitWriteResult Result, UnitEntry? Unit)> Update(int id, string name, string shortName, UnitKind kind, int? parentId) =>
        Locked(async connection =>
        {
            var refused = !await Exists(connection, id) ? UnitWriteResult.NotFound
                : await NameOwner(connection, name) is { } owner && owner != id ? UnitWriteResult.NameTaken
                : parentId is { } parent && !await Exists(connection, parent) ? UnitWriteResult.UnknownParent
                : parentId is { } above && await IsAtOrBelow(connection, above, id) ? UnitWriteResult.ParentCycle
                : UnitWriteResult.Stored;
            return refused != UnitWriteResult.Stored ? (refused, null)
                : (refused, await Written(connection, "UPDATE units SET name = @name, short_name = @short, kind = @kind, parent_id = @parent WHERE id = @id", id, name, shortName, kind, parentId));
        });

    /// <summary>Runs <paramref name="write"/> holding the directory's lock; what it stored is committed with its name.</summary>
    private async Task<(UnitWriteResult Result, UnitEntry? Unit)> Locked(Func<NpgsqlConnection, Task<(UnitWriteResult Result, UnitEntry? Unit)>> write)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Lock(connection);
        var (result, unit) = await write(connection);
        if (unit is not null)
        {
            await Name(connection, unit);
            await transaction.CommitAsync();
        }

        return (result, unit);
    }

    private static async Task<UnitEntry> Written(NpgsqlConnection connection, string statement, int? id, string name, string shortName, UnitKind kind, int? parentId)
    {
        await using var command = new NpgsqlCommand($"{statement} RETURNING {Columns}", connection);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("short", shortName);
        command.Parameters.AddWithValue("kind", UnitKinds.Code(kind));
        command.Parameters.AddWithValue("parent", NpgsqlTypes.NpgsqlDbType.Integer, (object?)parentId ?? DBNull.Value);
        command.Parameters.AddWithValue("id", NpgsqlTypes.NpgsqlDbType.Integer, (object?)id ?? DBNull.Value);
        return (await Read(command)).Single();
    }

    /// <summary>
    /// Adds the names no unit has carried yet (an import's units), with the given kind and, when it names a unit
    /// already known, its parent. Returns how many units were added.
    /// </summary>
    public async Task<int> Register(IEnumerable<(string Name, string ShortName, UnitKind Kind, string? Parent)> units)
    {
        var wanted = units.Where(u => !string.IsNullOrWhiteSpace(u.Name)).DistinctBy(u => u.Name.Trim()).ToList();
        if (wanted.Count == 0)
        {
            return 0;
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Lock(connection);
        await using var insert = new NpgsqlCommand("""
            WITH wanted AS (SELECT * FROM unnest(@names, @shorts, @kinds, @parents) AS w (name, short_name, kind, parent)),
            added AS (
                INSERT INTO units (name, short_name, kind, parent_id)
                SELECT w.name, w.short_name, w.kind, (SELECT unit_id FROM unit_names WHERE name = w.parent)
                FROM wanted AS w WHERE NOT EXISTS (SELECT 1 FROM unit_names AS n WHERE n.name = w.name)
                RETURNING id, name)
            INSERT INTO unit_names (name, unit_id) SELECT name, id FROM added
            """, connection);
        insert.Parameters.AddWithValue("names", wanted.Select(u => u.Name.Trim()).ToArray());
        insert.Parameters.AddWithValue("shorts", wanted.Select(u => u.ShortName.Trim()).ToArray());
        insert.Parameters.AddWithValue("kinds", wanted.Select(u => UnitKinds.Code(u.Kind)).ToArray());
        insert.Parameters.AddWithValue("parents", wanted.Select(u => u.Parent?.Trim() ?? "").ToArray());
        var added = await insert.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return added;
    }

    /// <summary>Every stored reference to a unit whose name the directory does not resolve (none after migration 0090).</summary>
    public async Task<IReadOnlyList<UnitReference>> References()
    {
        await using var command = dataSource.CreateCommand("""
            SELECT r.kind, r.record, r.unit_name, n.unit_id FROM unit_references AS r LEFT JOIN unit_names AS n ON n.name = r.unit_name
            WHERE COALESCE(r.unit_name, '') <> '' ORDER BY r.kind, r.record
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var references = new List<UnitReference>();
        while (await reader.ReadAsync())
        {
            references.Add(new UnitReference(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }

        return references;
    }

    private static async Task Lock(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int?> NameOwner(NpgsqlConnection connection, string name)
    {
        await using var command = new NpgsqlCommand("SELECT unit_id FROM unit_names WHERE name = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync() is int id ? id : null;
    }

    private static async Task<bool> Exists(NpgsqlConnection connection, int id)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM units WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync() is not null;
    }

    /// <summary>Whether <paramref name="candidate"/> is <paramref name="unit"/> or one of the units below it.</summary>
    private static async Task<bool> IsAtOrBelow(NpgsqlConnection connection, int candidate, int unit)
    {
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE above (id, parent_id) AS (
                SELECT id, parent_id FROM units WHERE id = @candidate
                UNION SELECT u.id, u.parent_id FROM units AS u JOIN above AS a ON u.id = a.parent_id)
            SELECT EXISTS (SELECT 1 FROM above WHERE id = @unit)
            """, connection);
        command.Parameters.AddWithValue("candidate", candidate);
        command.Parameters.AddWithValue("unit", unit);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Name(NpgsqlConnection connection, UnitEntry unit)
    {
        await using var command = new NpgsqlCommand("INSERT INTO unit_names (name, unit_id) VALUES (@name, @id) ON CONFLICT (name) DO NOTHING", connection);
        command.Parameters.AddWithValue("name", unit.Name);
        command.Parameters.AddWithValue("id", unit.Id);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<IReadOnlyList<UnitEntry>> Read(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var units = new List<UnitEntry>();
        while (await reader.ReadAsync())
        {
            units.Add(new UnitEntry(reader.GetInt32(0), reader.GetString(1), reader.GetString(2),
                UnitKinds.Parse(reader.GetString(3)) ?? UnitKind.Affiliate, reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return units;
    }
}
