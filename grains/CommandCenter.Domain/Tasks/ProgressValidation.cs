namespace CommandCenter.Domain;

/// <summary>Which values a progress update may carry for each kind of target (the kinds' ranges are <see cref="TargetRules"/>).</summary>
public static class ProgressValidation
{
    public const int MaxNoteLength = 2000;

    /// <exception cref="InvalidProgressException">The report does not fit the target.</exception>
    public static void Check(TaskTarget target, ProgressReport report)
    {
        if (TargetRules.Misfit(target.Kind, report.Value) is { } misfit)
        {
            throw new InvalidProgressException("value", misfit switch
            {
                TargetFault.Negative => "The value must not be negative.",
                TargetFault.NotARank => "A rank is a whole number from 1.",
                _ when target.Kind == TargetKind.Rate => "A rate is a percentage from 0 to 100.",
                _ => "A milestone value is percent complete, from 0 to 100.",
            });
        }

        if (report.Note.Length > MaxNoteLength)
        {
            throw new InvalidProgressException("note", $"The note must not be longer than {MaxNoteLength} characters.");
        }

        if (TextRules.Problem("note", report.Note, multiLine: true, MaxNoteLength) is { } problem)
        {
            throw new InvalidProgressException("note", problem);
        }
    }
}
