namespace CommandCenter.Assessment;

/// <summary>What a scheme, an adjustment or an event must satisfy before anything is stored; the first refusal names the field.</summary>
public static class SchemeChecks
{
    public const int MaxText = 2000;

    public static Refusal? Scheme(AssessmentScheme s)
    {
        return Weights(s.UnitIndicators, DefaultScheme.UnitKinds, "unitIndicators")
            ?? Weights(s.GridIndicators, DefaultScheme.GridKinds, "gridIndicators")
            ?? (s.RedTop is < 0 or > 50 ? Refusal.Invalid("redTop", "红榜名额须在 0–50 之间 / redTop must be 0–50.") : null)
            ?? (s.BlackBottom is < 0 or > 50 ? Refusal.Invalid("blackBottom", "黑榜末位名额须在 0–50 之间 / blackBottom must be 0–50.") : null)
            ?? (!double.IsFinite(s.BlackBelow) || s.BlackBelow is < 0 or > 100 ? Refusal.Invalid("blackBelow", "黑榜分数线须在 0–100 之间 / blackBelow must be 0–100.") : null)
            ?? (!double.IsFinite(s.AdjustmentCap) || s.AdjustmentCap is < 0 or > 20 ? Refusal.Invalid("adjustmentCap", "加减分上限须在 0–20 之间 / adjustmentCap must be 0–20.") : null)
            ?? (s.ExplanationDays is < 1 or > 60 ? Refusal.Invalid("explanationDays", "说明期限须为 1–60 天 / explanationDays must be 1–60.") : null)
            ?? (s.Ladder.Count is < 1 or > 10 || s.Ladder.Any(step => Text(step, 50) is not null)
                ? Refusal.Invalid("ladder", "问责阶梯须有 1–10 级，每级 1–50 字 / the ladder needs 1–10 steps of 1–50 characters.") : null);
    }

    private static Refusal? Weights(IReadOnlyList<IndicatorWeight> indicators, IReadOnlySet<IndicatorKind> allowed, string field)
    {
        if (indicators.Count == 0 || indicators.Any(i => !allowed.Contains(i.Kind)) || indicators.Select(i => i.Kind).Distinct().Count() != indicators.Count)
        {
            return Refusal.Invalid(field, $"指标须为 {string.Join("、", allowed)} 中互不重复的项 / {field} must be distinct kinds of: {string.Join(", ", allowed)}.");
        }

        if (indicators.Any(i => !double.IsFinite(i.Weight) || i.Weight < 0) || Math.Abs(indicators.Sum(i => i.Weight) - 100) > 1e-6)
        {
            return Refusal.Invalid(field, $"权重须为非负数且合计 100（现为 {indicators.Sum(i => i.Weight):0.##}）/ the weights must be non-negative and sum to 100.");
        }

        return null;
    }

    /// <summary>Null when <paramref name="text"/> has 1–<paramref name="max"/> characters and no NUL; otherwise why not.</summary>
    public static string? Text(string? text, int max = MaxText) =>
        string.IsNullOrWhiteSpace(text) ? "不能为空 / required."
        : text.Length > max ? $"不能超过 {max} 字 / at most {max} characters."
        : text.Contains('\0') ? "含有不允许的字符 / contains a NUL character."
        : null;

    public static Refusal? Optional(string? text, string field) =>
        text is null || text.Length == 0 ? null : Text(text) is { } why ? Refusal.Invalid(field, why) : null;
}
