using System.Text.Json;
using CommandCenter.Storage.Serialization;
using NpgsqlTypes;

namespace CommandCenter.Assessment;

/// <summary>Published periods in <c>assessment_periods</c> (migration 0030): insert-only, a trigger refuses updates and deletes.</summary>
public sealed class PostgresPublishedPeriods(NpgsqlDataSource dataSource, string serviceId) : IPublishedPeriods
{
    public async Task<bool> Add(PublishedPeriod period)
    {
        const string Sql = """
            INSERT INTO assessment_periods (service_id, campaign_id, period, revision, number, published_at, published_by, note, body)
            VALUES (@service, @campaign, @period, @revision, @number, @at, @by, @note, @body)
            ON CONFLICT DO NOTHING
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("campaign", period.CampaignId);
        command.Parameters.AddWithValue("period", period.Period);
        command.Parameters.AddWithValue("revision", period.Revision);
        command.Parameters.AddWithValue("number", period.Number);
        command.Parameters.AddWithValue("at", period.PublishedAt.ToUniversalTime());
        command.Parameters.AddWithValue("by", period.PublishedBy);
        command.Parameters.AddWithValue("note", period.Note);
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(period, JsonGrainStorageSerializer.Options) });
        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task<IReadOnlyList<PublishedPeriod>> All(string campaignId)
    {
        await using var command = dataSource.CreateCommand("SELECT body FROM assessment_periods WHERE service_id = @service AND campaign_id = @campaign");
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("campaign", campaignId);
        var periods = new List<PublishedPeriod>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            periods.Add(JsonSerializer.Deserialize<PublishedPeriod>(reader.GetString(0), JsonGrainStorageSerializer.Options)!);
        }

        return periods;
    }
}
