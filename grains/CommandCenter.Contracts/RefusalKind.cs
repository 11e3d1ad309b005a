namespace CommandCenter;

/// <summary>
/// Why a request was refused. Each kind is one HTTP status at the web host's edge (one table: the web host's
/// <c>RefusalProblems</c>) and one <c>kind</c> on the updates hub (docs/HUB-PROTOCOL.md).
/// </summary>
public enum RefusalKind
{
    /// <summary>The input does not fit the rules (400); <see cref="Refusal.Field"/> names the input.</summary>
    Invalid,

    /// <summary>The thing asked for does not exist (404).</summary>
    NotFound,

    /// <summary>The caller's role, unit or grid does not cover it (403).</summary>
    Forbidden,

    /// <summary>Taken, or changed by someone else meanwhile (409); <see cref="Refusal.Field"/> names what collides.</summary>
    Conflict,

    /// <summary>The change was based on a version that is no longer current (409); <see cref="Refusal.Current"/> is the current state.</summary>
    Stale,

    /// <summary>The thing's state forbids it now: a lifecycle step out of order, a closed notice (409).</summary>
    NotAllowedNow,

    /// <summary>The upload is larger than allowed (413).</summary>
    TooLarge,

    /// <summary>The upload is of a type not accepted (415).</summary>
    UnsupportedType,

    /// <summary>The database or the cluster cannot be reached; nothing was stored, try again (503).</summary>
    Unavailable,
}
