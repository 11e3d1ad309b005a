using System.Text;
using System.Text.Json.Nodes;

namespace CommandCenter.Web.Tests.Fuzz;

/// <summary>
/// The hostile values a fuzzed request carries in one of its fields, and the hostile ways to send its body. Values
/// JSON cannot carry as a node (a lone surrogate, a bare NaN) are placeholders replaced in the serialized text.
/// </summary>
public static class HostileValues
{
    public const string LoneSurrogate = "__lone_surrogate__";
    public const string BareNaN = "__bare_nan__";

    private static readonly string OneMegabyte = new('x', 1 << 20);

    public static readonly Func<JsonNode?>[] Values =
    [
        .. Enumerable.Range(0, 32).Append(0x7F).Append(0x85).Select(c => (Func<JsonNode?>)(() => JsonValue.Create($"城防{(char)c}办"))),
        () => JsonValue.Create("\u0000"), () => JsonValue.Create("null"), () => JsonValue.Create(LoneSurrogate), () => JsonValue.Create("\uFFFF"),
        () => JsonValue.Create(OneMegabyte), () => JsonValue.Create(new string('长', 20_000)), () => JsonValue.Create("  "), () => JsonValue.Create(""),
        () => JsonValue.Create("1e5"), () => JsonValue.Create("NaN"), () => JsonValue.Create("-Infinity"), () => JsonValue.Create("0x10"),
        () => JsonValue.Create(1e308), () => JsonValue.Create(-1e308), () => JsonValue.Create(-1), () => JsonValue.Create(0), () => JsonValue.Create(long.MaxValue),
        () => JsonValue.Create(decimal.MaxValue), () => JsonValue.Create(BareNaN),
        () => JsonValue.Create("0001-01-01"), () => JsonValue.Create("9999-12-31"), () => JsonValue.Create("2026-02-30"), () => JsonValue.Create("2026-13-01"),
        () => JsonValue.Create("0001-01-01T00:00:00+14:00"), () => JsonValue.Create("9999-12-31T23:59:59-14:00"), () => JsonValue.Create("../../etc/passwd"),
        () => JsonValue.Create("<script>alert(1)</script>"), () => JsonValue.Create("' OR 1=1 --"), () => JsonValue.Create("\u202Eevil"),
        () => null, () => JsonValue.Create(true), () => new JsonArray(), () => new JsonObject(), () => new JsonArray(1, 2),
    ];

    public static readonly string[] ContentTypes =
    [
        "application/json; charset=bogus", "application/json; charset=\"\"", "application/json; charset=", "text/plain", "application/xml",
        "multipart/form-data; boundary=x", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "json", "application/json;;",
    ];

    /// <summary>Route values that are not ids.</summary>
    public static readonly string[] RouteValues = ["%00", "..%2F..%2Fetc", new string('a', 5000), "%E2%80%AE", "%01x", "%ED%A0%80", "x%0Ay"];

    public static string Serialize(JsonNode? body) => (body?.ToJsonString() ?? "null")
        .Replace($"\"{LoneSurrogate}\"", "\"a\\ud800b\"", StringComparison.Ordinal)
        .Replace($"\"{BareNaN}\"", "NaN", StringComparison.Ordinal);

    /// <summary>A body that is not valid JSON text at all: invalid UTF-8, cut short, nested too deeply.</summary>
    public static byte[] Broken(Random random) => random.Next(3) switch
    {
        0 => [(byte)'{', (byte)'"', (byte)'n', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}'],
        1 => Encoding.UTF8.GetBytes("{\"value\": 1, \"note\": \"cut"),
        _ => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
    };
}
