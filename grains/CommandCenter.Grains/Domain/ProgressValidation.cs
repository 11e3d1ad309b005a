namespace CommandCenter.Domain;

/// <summary>Which values a progress update may carry for each kind of target.</summary>
public static class ProgressValidation
{
    public const int MaxNoteLength = 2000;

    /// <exception cref="InvalidProgressException">The report does not fit the target.</exception>
    public static void Check(TaskTarget target, ProgressReport report)
    {
        var value = report.Value;
        if (value < 0)
        {
            throw new InvalidProgressException("value", "The value must not be negative.");
        }

        switch (target.Kind)
        {
            case TargetKind.Rate when value > 100:
                throw new InvalidProgressException("value", "A rate is a percentage from 0 to 100.");
            case TargetKind.Milestone when value > 100:
                throw new InvalidProgressException("value", "A milestone value is percent complete, from 0 to 100.");
            case TargetKind.Ranking when value < 1 || value != decimal.Truncate(value):
                throw new InvalidProgressException("value", "A rank is a whole number from 1.");
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
