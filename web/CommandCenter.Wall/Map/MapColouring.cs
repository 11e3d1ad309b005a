using System.Globalization;

namespace CommandCenter.Wall.Map;

/// <summary>
/// The map's two colourings and their legends: by overdue cases (0, 1, 2–4, 5 or more) or by closure rate (≥ 90 %,
/// ≥ 70 %, ≥ 50 %, below; no cases yet is its own colour). Levels are CSS values of <c>data-level</c> (css/map.css
/// gives them the theme's status colours).
/// </summary>
public static class MapColouring
{
    public const string Overdue = "overdue";

    public const string Closure = "closure";

    /// <summary>Each level with its Chinese and English legend text, best first.</summary>
    public static IReadOnlyList<(string Level, string Chinese, string English)> Legend(string mode) => mode == Closure
        ?
        [
            ("good", "结案率 ≥ 90%", "closure ≥ 90%"), ("fair", "70%–90%", "70–90%"), ("poor", "50%–70%", "50–70%"), ("bad", "< 50%", "below 50%"),
            ("none", "暂无案件", "no cases"),
        ]
        : [("good", "无超期", "none overdue"), ("fair", "超期 1 件", "1 overdue"), ("poor", "超期 2–4 件", "2–4 overdue"), ("bad", "超期 ≥ 5 件", "5 or more overdue")];

    public static string Level(string mode, int received, int overdue, double closureRate) => mode == Closure
        ? received == 0 ? "none" : closureRate >= 0.9 ? "good" : closureRate >= 0.7 ? "fair" : closureRate >= 0.5 ? "poor" : "bad"
        : overdue == 0 ? "good" : overdue == 1 ? "fair" : overdue < 5 ? "poor" : "bad";

    /// <summary>The figure a grid's label shows under the colouring.</summary>
    public static string Figure(string mode, int received, int overdue, double closureRate) => mode == Closure
        ? received == 0 ? "—" : (closureRate * 100).ToString("0", CultureInfo.InvariantCulture) + "%"
        : overdue.ToString(CultureInfo.InvariantCulture);

    /// <summary>A colouring named in an address (<c>?colour=closure</c>); anything else is the overdue colouring.</summary>
    public static string Of(string? mode) => string.Equals(mode, Closure, StringComparison.OrdinalIgnoreCase) ? Closure : Overdue;
}
