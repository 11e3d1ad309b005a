namespace CommandCenter.Storage.Errors;

/// <summary>
/// What a database error means for the caller: the data was refused (SQLSTATE classes 22 data exception and 23
/// integrity constraint, or a trigger's refusal) — the same request will fail again, so it is the request's fault;
/// or the database is unreachable or overloaded — the request may succeed later.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The database refused this statement because of the values it carries.</summary>
    public static bool IsCausedByData(PostgresException error) =>
        error.SqlState.StartsWith("22", StringComparison.Ordinal)
        || error.SqlState.StartsWith("23", StringComparison.Ordinal)
        || error.SqlState == PostgresErrorCodes.RaiseException;

    /// <summary>A uniqueness or exclusion conflict: something with that key is already stored.</summary>
    public static bool IsConflict(PostgresException error) =>
        error.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation;

    /// <summary>
    /// The database cannot be reached or cannot serve now: a connection failure (any <see cref="NpgsqlException"/>
    /// that is not a server's answer), or a server answer of class 08 connection, 53 insufficient resources, 57
    /// operator intervention (shutting down), 58 system error, or a transaction rolled back by a deadlock or
    /// serialization conflict (40).
    /// </summary>
    public static bool IsUnavailable(NpgsqlException error) => error switch
    {
        PostgresException server => server.SqlState[..2] is "08" or "53" or "57" or "58" or "40",
        _ => true,
    };

    /// <summary>The first <see cref="PostgresException"/> caused by data in <paramref name="exception"/> or its inner exceptions.</summary>
    public static PostgresException? DataError(Exception? exception) => exception switch
    {
        null => null,
        PostgresException postgres when IsCausedByData(postgres) => postgres,
        AggregateException aggregate => aggregate.InnerExceptions.Select(DataError).FirstOrDefault(e => e is not null),
        _ => DataError(exception.InnerException),
    };
}
