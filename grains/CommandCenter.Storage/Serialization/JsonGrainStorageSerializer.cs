using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace CommandCenter.Storage.Serialization;

/// <summary>
/// Grain state as plain System.Text.Json: readable in the database and free of .NET type and assembly names,
/// so renaming a class or an assembly does not break stored state. Every object carries
/// <c>"stateVersion"</c> (<see cref="StateVersions.Current"/>); state of an older version (version 0: written
/// before versions were recorded) is brought up to date by <see cref="StateVersions"/> as it is read.
/// </summary>
public sealed class JsonGrainStorageSerializer : IGrainStorageSerializer
{
    public const string VersionProperty = "stateVersion";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // Stored, never embedded in HTML: keep Chinese text readable in the database.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public BinaryData Serialize<T>(T? input)
    {
        if (JsonSerializer.SerializeToNode(input, Options) is not JsonObject fields)
        {
            return new(JsonSerializer.SerializeToUtf8Bytes(input, Options));
        }

        var versioned = new JsonObject { [VersionProperty] = StateVersions.Current };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            versioned[name] = value;
        }

        return new(JsonSerializer.SerializeToUtf8Bytes(versioned, Options));
    }

    public T Deserialize<T>(BinaryData input)
    {
        var node = JsonNode.Parse(input.ToMemory().Span);
        if (node is JsonObject state)
        {
            var version = state[VersionProperty]?.GetValue<int>() ?? 0;
            StateVersions.Upgrade(typeof(T), version, state);
        }

        return node.Deserialize<T>(Options) ?? throw new JsonException($"Stored state of {typeof(T).Name} is null.");
    }
}
