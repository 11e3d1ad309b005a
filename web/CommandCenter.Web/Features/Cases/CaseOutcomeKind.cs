namespace CommandCenter.Web.Features.Cases;

/// <summary>How a case request ended; each maps to one HTTP status in the API and one message on the pages.</summary>
public enum CaseOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    /// <summary>The lifecycle refused the step (409).</summary>
    Refused,
    TooLarge,
    UnsupportedType,
}
