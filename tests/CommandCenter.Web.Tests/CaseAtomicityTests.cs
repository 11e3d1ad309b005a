using System.Text.Json;
using CommandCenter.Storage;

namespace CommandCenter.Web.Tests;

/// <summary>Reporting and moving a case is all or nothing: an error answer means nothing is visible anywhere.</summary>
public sealed class CaseAtomicityTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task A_report_the_ledger_refuses_leaves_no_case_no_ledger_row_and_no_count_and_a_retry_with_its_key_stores_exactly_one()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        // The ledger refuses one description as the database refuses a value it cannot store: after the case grain wrote the case.
        await Sql("""
            CREATE FUNCTION refuse_case() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.description = '拒收' THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation', COLUMN = 'description'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_case BEFORE INSERT ON case_ledger FOR EACH ROW EXECUTE FUNCTION refuse_case();
            """);

        var refused = await Post(admin, "拒收", "key-1");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await GridFiles.Json(refused)).GetProperty("errors").TryGetProperty("description", out _), "the refusal names the description");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/cases/JA-001.1")).StatusCode);
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats")).GetProperty("received").GetInt32());

        var first = await Post(admin, "人民路路面有垃圾", "key-2");
        var retry = await Post(admin, "人民路路面有垃圾", "key-2");
        var other = await Post(admin, "人民路路面有垃圾", "key-3");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode, other.StatusCode));
        var id = (await GridFiles.Json(first)).GetProperty("id").GetString();
        Assert.Equal(id, (await GridFiles.Json(retry)).GetProperty("id").GetString());
        Assert.NotEqual(id, (await GridFiles.Json(other)).GetProperty("id").GetString());
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats")).GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task A_step_the_ledger_refuses_leaves_the_case_where_it_was()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var id = (await GridFiles.Json(await Post(admin, "人民路路面有垃圾", null))).GetProperty("id").GetString();
        await Sql("""
            CREATE FUNCTION refuse_unit() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN IF NEW.unit = '拒收单位' THEN RAISE EXCEPTION 'refused' USING ERRCODE = 'check_violation', COLUMN = 'unit'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_unit BEFORE UPDATE ON case_ledger FOR EACH ROW EXECUTE FUNCTION refuse_unit();
            """);

        var refused = await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "拒收单位" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal(("reported", 1), (current.GetProperty("status").GetString(), current.GetProperty("steps").GetArrayLength()));
        var moved = await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "城防办" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string description, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/cases")
        {
            Content = JsonContent.Create(new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "patrol", description }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    private async Task Sql(string sql)
    {
        await using var command = App.Service<CommandCenterDatabase>().DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
