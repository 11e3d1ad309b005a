using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using CommandCenter.Tasks;

namespace CommandCenter;

/// <summary>
/// How grain calls carry the records defined in web/CommandCenter.Wall.Contracts (tasks, lines, case counts, reports,
/// notices, standings: one definition for the grains and the wall). That project stays free of Orleans, so they have no
/// generated serializer: between hosts they travel as System.Text.Json (Orleans' JSON codec), and inside a host they
/// are passed by reference, as immutable records (init-only, read-only lists), like the [Immutable] records they
/// replace. Grain state is stored as JSON by the storage project and does not depend on this.
/// Every silo and every client calls <see cref="AddCommandCenterContracts"/>.
/// </summary>
public static class ContractSerialization
{
    public static ISerializerBuilder AddCommandCenterContracts(this ISerializerBuilder serializer)
    {
        // A NaN or infinite double has no JSON literal: it goes as a string rather than failing the call.
        serializer.AddJsonSerializer(isSerializable: IsWallContract, isCopyable: null,
            configureOptions: o => o.Configure(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals));
        serializer.Services.AddSingleton<IGeneralizedCopier, ImmutableWallContracts>();
        return serializer;
    }

    public static bool IsWallContract(Type type) => type.Assembly == typeof(TaskView).Assembly;

    private sealed class ImmutableWallContracts : IGeneralizedCopier
    {
        public bool IsSupportedType(Type type) => IsWallContract(type);

        public object? DeepCopy(object? input, CopyContext context) => input;
    }
}
