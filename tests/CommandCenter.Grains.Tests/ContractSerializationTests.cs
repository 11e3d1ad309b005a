using System.Text.Json;
using CommandCenter.Campaigns;
using CommandCenter.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace CommandCenter.Grains.Tests;

/// <summary>
/// The records defined once in the wall's contracts (no Orleans there) travel through grain calls: as JSON between a
/// client and a silo, by reference inside a host (docs/HUB-PROTOCOL.md).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ContractSerializationTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_snapshot_reaches_a_client_whole_and_a_local_copy_is_the_same_record()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());

        // The client is its own host: the snapshot crossed the connection to the silo and back.
        var snapshot = await cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot();
        Assert.NotNull(snapshot);
        var task = snapshot.Lines.SelectMany(l => l.Tasks).First();
        var view = await cluster.Client.GetGrain<ITaskGrain>(task.Id).GetView();
        Assert.Equal((task.Title, task.Target, task.StartDate), (view!.Title, view.Target, view.StartDate));

        var services = cluster.Client.ServiceProvider;
        var serializer = services.GetRequiredService<Serializer>();
        var read = serializer.Deserialize<CampaignSnapshot>(serializer.SerializeToArray(snapshot));
        Assert.Equal(JsonSerializer.Serialize(snapshot), JsonSerializer.Serialize(read));
        Assert.Same(snapshot, services.GetRequiredService<DeepCopier>().Copy(snapshot));
    }
}
