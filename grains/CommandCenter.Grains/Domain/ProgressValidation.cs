namespace CommandCenter.Domain;

/// <summary>Which values a progress update may carry for each kind of target.</summary>
public static class ProgressValidation
{
    public const int MaxNoteLength = 2000;

    /// <summary>Null when the report fits the target; otherwise why not (<see cref="RefusalKind.Invalid"/>, field <c>value</c> or <c>note</c>).</summary>
    public static Refusal? Check(TaskTarget target, ProgressReport report)
    {
        var value = report.Value;
        if (value < 0)
        {
            return Refusal.Invalid("value", "The value must not be negative.");
        }

        switch (target.Kind)
        {
            case TargetKind.Rate when value > 100:
                return Refusal.Invalid("value", "A rate is a percentage from 0 to 100.");
            case TargetKind.Milestone when value > 100:
                return Refusal.Invalid("value", "A milestone value is percent complete, from 0 to 100.");
            case TargetKind.Ranking when value < 1 || value != decimal.Truncate(value):
                return Refusal.Invalid("value", "A rank is a whole number from 1.");
        }

        if (report.Note.Length > MaxNoteLength)
        {
            return Refusal.Invalid("note", $"The note must not be longer than {MaxNoteLength} characters.");
        }

        return TextRules.Problem("note", report.Note, multiLine: true, MaxNoteLength) is { } problem
            ? Refusal.Invalid("note", problem)
            : null;
    }
}
