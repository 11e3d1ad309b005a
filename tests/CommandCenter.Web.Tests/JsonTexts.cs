using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>
/// Every string of a JSON document, property names included, decoded: a hub or API may escape non-ASCII characters
/// (<c>\u5185</c>), so a search of the raw text for a Chinese word would find nothing whether or not it is there.
/// </summary>
public static class JsonTexts
{
    public static IEnumerable<string> Of(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return element.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(Of))
                {
                    yield return text;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return property.Name;
                    foreach (var text in Of(property.Value))
                    {
                        yield return text;
                    }
                }

                break;
        }
    }

    /// <summary>The secrets that occur somewhere in <paramref name="element"/>'s strings.</summary>
    public static IReadOnlyList<string> Found(JsonElement element, IEnumerable<string> secrets)
    {
        var texts = Of(element).ToList();
        return secrets.Where(s => texts.Any(t => t.Contains(s, StringComparison.Ordinal))).ToList();
    }
}
