namespace CommandCenter.Domain;

/// <summary>Which values a progress update may carry for each kind of target (the kinds' ranges are <see cref="TargetRules"/>).</summary>
public static class ProgressValidation
{
    public const int MaxNoteLength = 2000;

    /// <summary>Null when the report fits the target; otherwise why not (<see cref="RefusalKind.Invalid"/>, field <c>value</c> or <c>note</c>).</summary>
    public static Refusal? Check(TaskTarget target, ProgressReport report)
    {
        if (TargetRules.Misfit(target.Kind, report.Value) is { } misfit)
        {
            return Refusal.Invalid("value", misfit switch
            {
                TargetFault.Negative => "The value must not be negative.",
                TargetFault.NotARank => "A rank is a whole number from 1.",
                _ when target.Kind == TargetKind.Rate => "A rate is a percentage from 0 to 100.",
                _ => "A milestone value is percent complete, from 0 to 100.",
            });
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
