namespace CommandCenter.Web.Features.Supervision;

/// <summary>How a notice request ended; each maps to one HTTP status in the API and one message on the pages.</summary>
public enum NoticeOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    /// <summary>The notice's status forbids it now (409).</summary>
    Refused,
}
