using System.Text.Json.Nodes;

namespace CommandCenter.Storage.Serialization;

/// <summary>
/// The version of the grain-state JSON this build writes, and the steps that bring older stored state up to it.
/// A release that renames, removes or reshapes a state field raises <see cref="Current"/> and adds a step here
/// from the version before (a field only added needs no step: it reads as its default). Version 0 is the state
/// written before versions were recorded; it has the shape of version 1.
/// </summary>
public static class StateVersions
{
    public const int Current = 1;

    /// <summary>(state type, from version) → the change to the stored JSON that makes it the next version.</summary>
    private static readonly Dictionary<(Type State, int From), Action<JsonObject>> Steps = new();

    public static void Upgrade(Type stateType, int version, JsonObject state)
    {
        for (var from = version; from < Current; from++)
        {
            if (Steps.TryGetValue((stateType, from), out var step))
            {
                step(state);
            }
        }

        state.Remove(JsonGrainStorageSerializer.VersionProperty);
    }
}
