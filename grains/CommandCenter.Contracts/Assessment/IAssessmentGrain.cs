namespace CommandCenter.Assessment;

/// <summary>
/// A campaign's assessment (考核), keyed by campaign id: its scheme versions, the office's adjustments and black-list
/// events, the published periods (in PostgreSQL, immutable, revised only by new revisions) and the accountability record.
/// </summary>
[Alias("IAssessmentGrain")]
public interface IAssessmentGrain : IGrainWithStringKey
{
    /// <summary>The scheme in force for <paramref name="period"/> (null: the current period).</summary>
    [AlwaysInterleave, Alias("GetScheme")]
    Task<AssessmentScheme> GetScheme(string? period);

    /// <summary>Every saved version, oldest first (empty while the default is in force).</summary>
    [AlwaysInterleave, Alias("GetSchemes")]
    Task<IReadOnlyList<AssessmentScheme>> GetSchemes();

    /// <summary>Saves a new version of the scheme, in force from the next period.</summary>
    [Alias("SaveScheme")]
    Task<Outcome<AssessmentScheme>> SaveScheme(AssessmentScheme scheme);

    [Alias("AddAdjustment")]
    Task<Outcome<Adjustment>> AddAdjustment(Adjustment adjustment);

    [Alias("AddEvent")]
    Task<Outcome<BlacklistEvent>> AddEvent(BlacklistEvent blacklistEvent);

    [AlwaysInterleave, Alias("GetAdjustments")]
    Task<IReadOnlyList<Adjustment>> GetAdjustments();

    [AlwaysInterleave, Alias("GetEvents")]
    Task<IReadOnlyList<BlacklistEvent>> GetEvents();

    /// <summary>A published period's latest revision as it was published; otherwise the live standings; null for an unknown campaign.</summary>
    [AlwaysInterleave, Alias("GetStandings")]
    Task<Standings?> GetStandings(SubjectKind subjects, string? period);

    /// <summary>The open period's unit, grid and district standings for the wall.</summary>
    [AlwaysInterleave, Alias("GetBoard")]
    Task<StandingsBoard?> GetBoard();

    /// <summary>Publishes a period that has ended (第N期); refused (409) when it is published already or not yet over.</summary>
    [Alias("Publish")]
    Task<Outcome<PublishedPeriod>> Publish(string period, string by);

    /// <summary>A correction: a new revision of a published period, scored from the data as it is now, with a note.</summary>
    [Alias("Revise")]
    Task<Outcome<PublishedPeriod>> Revise(string period, string note, string by);

    /// <summary>A published period (latest revision, or <paramref name="revision"/>); null when not published.</summary>
    [AlwaysInterleave, Alias("GetPublished")]
    Task<PublishedPeriod?> GetPublished(string period, int? revision);

    /// <summary>The published periods (latest revision of each), oldest first.</summary>
    [AlwaysInterleave, Alias("GetHistory")]
    Task<IReadOnlyList<PublishedPeriod>> GetHistory();

    [AlwaysInterleave, Alias("GetAccountability")]
    Task<IReadOnlyList<AccountabilityRecord>> GetAccountability();

    /// <summary>The unit's explanation (说明) for a black period.</summary>
    [Alias("Explain")]
    Task<Outcome<AccountabilityRecord>> Explain(string unit, string period, string text, string by);

    /// <summary>The office records what it did about a black-listed unit.</summary>
    [Alias("RecordAction")]
    Task<Outcome<AccountabilityRecord>> RecordAction(string unit, string period, AccountabilityAction action);
}
