namespace CommandCenter.Domain;

/// <summary>
/// What a text field may hold, everywhere (API bodies, hub calls, forms, and again in the grains that store it):
/// valid Unicode (no lone surrogate, no noncharacter U+FFFE/U+FFFF), no control character — except tab, line feed and
/// carriage return in a multi-line text — and at most a field's length. PostgreSQL refuses U+0000 outright, so a text
/// that passes here cannot make a database write fail.
/// </summary>
public static class TextRules
{
    /// <summary>A single-line field's default length (names, units, codes, locations).</summary>
    public const int LineLength = 200;

    /// <summary>A multi-line field's default length (notes, descriptions, report texts).</summary>
    public const int TextLength = 10_000;

    /// <summary>Why <paramref name="text"/> may not be stored in <paramref name="field"/>, or null when it may (null text may).</summary>
    public static string? Problem(string field, string? text, bool multiLine, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return $"{field} 不能超过 {maxLength} 个字符 / {field} must not be longer than {maxLength} characters.";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return $"{field} 含有无效的 Unicode 字符（位置 {i}）/ {field} holds invalid Unicode at position {i}.";
            }
            else if (char.IsControl(c) && !(multiLine && c is '\t' or '\n' or '\r'))
            {
                return $"{field} 含有控制字符 U+{(int)c:X4}（位置 {i}）/ {field} holds the control character U+{(int)c:X4} at position {i}"
                    + (multiLine ? "." : "; it is a single line.");
            }
        }

        return null;
    }

    /// <summary>The field and why, when <paramref name="text"/> may not be stored in it; null when it may.</summary>
    public static (string Field, string Reason)? Check(string field, string? text, bool multiLine, int maxLength) =>
        Problem(field, text, multiLine, maxLength) is { } reason ? (field, reason) : null;

    /// <summary>The first problem among single-line <paramref name="fields"/> (name, text), or null.</summary>
    public static (string Field, string Reason)? FirstLineProblem(params (string Field, string? Text)[] fields) =>
        fields.Select(f => Check(f.Field, f.Text, multiLine: false, LineLength)).FirstOrDefault(p => p is not null);

    /// <summary>The first problem among multi-line <paramref name="fields"/> (name, text), or null.</summary>
    public static (string Field, string Reason)? FirstTextProblem(params (string Field, string? Text)[] fields) =>
        fields.Select(f => Check(f.Field, f.Text, multiLine: true, TextLength)).FirstOrDefault(p => p is not null);
}
