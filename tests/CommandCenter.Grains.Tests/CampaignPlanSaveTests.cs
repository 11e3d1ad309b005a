using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

/// <summary>A campaign refuses a plan read before someone else's save, and a second creation of an id in use.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CampaignPlanSaveTests(PostgresFixture postgres)
{
    private static CampaignDefinition Empty(string id) =>
        new() { Id = id, Name = "测试", StartDate = new DateOnly(2026, 11, 1), EndDate = new DateOnly(2027, 2, 8) };

    [Fact]
    public async Task A_plan_saved_from_an_old_revision_is_refused_and_the_newer_one_stays()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var campaign = cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id);
        var read = (await campaign.GetDefinition())!;

        Assert.True(await campaign.Replace(read with { Name = "第一次保存" }));
        Assert.False(await campaign.Replace(read with { Name = "基于旧版本的保存" }));

        var now = (await campaign.GetDefinition())!;
        Assert.Equal("第一次保存", now.Name);
        Assert.Equal(read.Revision + 1, now.Revision);
        Assert.True(await campaign.Replace(now with { Name = "重新读取后保存" }));
        Assert.Equal("重新读取后保存", (await campaign.GetDefinition())!.Name);
    }

    [Fact]
    public async Task An_id_held_by_one_creation_is_refused_to_another_until_released()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var campaign = cluster.Client.GetGrain<ICampaignGrain>("held");
        var reservation = cluster.Client.GetGrain<ICampaignReservationGrain>("held");
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        Assert.True(await reservation.Reserve(first));
        Assert.False(await reservation.Reserve(second));
        Assert.False(await campaign.Create(Empty("held"), Guid.Empty));
        Assert.False(await campaign.Replace(Empty("held")));

        await reservation.Release(first);
        Assert.True(await reservation.Reserve(second));
        Assert.True(await campaign.Create(Empty("held"), second));
        Assert.Equal(1, (await campaign.GetDefinition())!.Revision);
        Assert.False(await campaign.Create(Empty("held") with { Name = "覆盖" }, second));
        Assert.False(await reservation.Reserve(Guid.NewGuid()));
        Assert.Equal("测试", (await campaign.GetDefinition())!.Name);
    }
}
