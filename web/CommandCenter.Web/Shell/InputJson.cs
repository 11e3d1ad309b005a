using CommandCenter.Domain;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The input policy for JSON bodies, applied to the API's serializer options, so every endpoint that binds a body —
/// including ones added later — gets it without asking: numbers only as JSON numbers (no <c>"1e5"</c>, no
/// <c>"NaN"</c>), no null for a property that is not nullable, and every string checked by <see cref="TextRules"/>:
/// by its <see cref="TextFieldAttribute"/> when the property has one (single line, trimmed, at most 200 characters by
/// default), otherwise as multi-line text of at most <see cref="TextRules.TextLength"/> characters.
/// </summary>
public static class InputJson
{
    public static void Apply(JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        // A null where the contract has no null (a calendar's time zone, a list of periods) is refused as that field.
        options.RespectNullableAnnotations = true;
        options.Converters.Insert(0, CheckedStringConverter.Default);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(CheckTextFields);
    }

    private static void CheckTextFields(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.PropertyType == typeof(string)))
        {
            if (property.AttributeProvider?.GetCustomAttributes(typeof(TextFieldAttribute), inherit: true).FirstOrDefault() is TextFieldAttribute field)
            {
                property.CustomConverter = new CheckedStringConverter(property.Name, field.MultiLine, field.MaxLength, trim: !field.MultiLine && !field.Verbatim);
            }
            else
            {
                property.CustomConverter = new CheckedStringConverter(property.Name, multiLine: true, TextRules.TextLength, trim: false);
            }
        }
    }
}
