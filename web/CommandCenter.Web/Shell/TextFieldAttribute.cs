using CommandCenter.Domain;
namespace CommandCenter.Web.Shell;

/// <summary>
/// The input policy of one string property of a request body (put it on a record's parameter as
/// <c>[property: TextField(...)]</c>). A string without one is multi-line text of at most
/// <see cref="TextRules.TextLength"/> characters; see <see cref="InputJson"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextFieldAttribute(bool multiLine = false, int maxLength = TextRules.LineLength) : Attribute
{
    /// <summary>Tab, line feed and carriage return are allowed; a single line is trimmed.</summary>
    public bool MultiLine { get; } = multiLine;

    public int MaxLength { get; } = maxLength;

    /// <summary>A password or secret: kept exactly as sent (not trimmed), still without control characters.</summary>
    public bool Verbatim { get; init; }
}
