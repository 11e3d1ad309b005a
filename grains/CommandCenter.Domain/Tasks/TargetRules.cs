namespace CommandCenter.Domain;

/// <summary>
/// What a task's target may be, and which values fit a kind of target. The plan editor, the table import and the
/// progress path all ask here, so a task one of them refuses none of the others accepts. Fields are named as the API
/// names them (<see cref="ValueField"/>, <see cref="BaselineField"/>); reasons are Chinese first.
/// </summary>
public static class TargetRules
{
    public const string ValueField = "targetValue";

    public const string BaselineField = "baseline";

    /// <summary>The field at fault and why, or null when the target is acceptable.</summary>
    public static (string Field, string Reason)? Problem(TargetKind kind, decimal? value, decimal baseline) => value switch
    {
        null => (ValueField, "请填写目标值 / targetValue is required."),
        { } v when Misfit(kind, v) is { } misfit => (ValueField, misfit switch
        {
            TargetFault.Negative => "目标值不能为负 / targetValue cannot be negative.",
            TargetFault.NotARank => "排名目标必须是不小于1的整数 / a ranking target is a whole number of at least 1.",
            _ => "比率和节点目标必须在0到100之间 / a rate or milestone target is between 0 and 100.",
        }),
        { } v when kind is TargetKind.Quantity or TargetKind.Rate && baseline >= v && v > 0 =>
            (BaselineField, "基数应小于目标值 / baseline must be below the target."),
        _ when baseline < 0 => (BaselineField, "基数不能为负 / baseline cannot be negative."),
        _ => null,
    };

    /// <summary>Why <paramref name="value"/> cannot be a value (target or reported) of a <paramref name="kind"/> target; null when it can.</summary>
    public static TargetFault? Misfit(TargetKind kind, decimal value) => (kind, value) switch
    {
        (_, < 0) => TargetFault.Negative,
        (TargetKind.Ranking, _) when value < 1 || value != decimal.Truncate(value) => TargetFault.NotARank,
        (TargetKind.Rate or TargetKind.Milestone, > 100) => TargetFault.NotAPercentage,
        _ => null,
    };
}
