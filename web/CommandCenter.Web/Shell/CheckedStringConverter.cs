using CommandCenter.Domain;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommandCenter.Web.Shell;

/// <summary>
/// Reads a JSON string under the input policy (<see cref="TextRules"/>): a refused text is a <see cref="JsonException"/>,
/// which System.Text.Json gives the path of the field and the API answers as a 400 naming it.
/// </summary>
internal sealed class CheckedStringConverter(string field, bool multiLine, int maxLength, bool trim) : JsonConverter<string>
{
    /// <summary>Any string without a <see cref="TextFieldAttribute"/>: multi-line text, kept as sent.</summary>
    public static readonly CheckedStringConverter Default = new("text", multiLine: true, TextRules.TextLength, trim: false);

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{field} 应为字符串 / {field} must be a JSON string.");
        }

        // The length is bounded before the text is decoded: a megabyte-long value costs no megabyte-long string.
        var encoded = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (encoded > (long)maxLength * 6 + 2)
        {
            throw new JsonException(TextRules.Problem(field, new string(' ', maxLength + 1), multiLine, maxLength));
        }

        var text = reader.GetString()!;
        if (trim)
        {
            text = text.Trim();
        }

        return TextRules.Problem(field, text, multiLine, maxLength) is { } problem ? throw new JsonException(problem) : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
