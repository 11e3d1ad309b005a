using System.Text.Json;

namespace CommandCenter.Web.Tests.Units;

/// <summary>The unit directory's API: the seeded directory, a round trip, every refusal naming its field and storing nothing, imports that add units.</summary>
public sealed class UnitsApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static async Task<List<JsonElement>> Units(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/units")).EnumerateArray().ToList();

    private static JsonElement Named(IEnumerable<JsonElement> units, string name) => units.Single(u => u.GetProperty("name").GetString() == name);

    [Fact]
    public async Task The_demo_directory_holds_the_bureau_s_units_with_their_kinds_and_parents()
    {
        var units = await Units(await App.AdminClient());
        var district = Named(units, "金安区");
        Assert.Equal("district", district.GetProperty("kind").GetString());
        var street = Named(units, "三里桥街道");
        Assert.Equal(("subdistrict", district.GetProperty("id").GetInt32()), (street.GetProperty("kind").GetString(), street.GetProperty("parentId").GetInt32()));
        var flood = Named(units, "城防办");
        Assert.Equal(("department", JsonValueKind.Null), (flood.GetProperty("kind").GetString(), flood.GetProperty("parentId").ValueKind));
        Assert.Equal("affiliate", Named(units, "城市管理综合执法支队").GetProperty("kind").GetString());

        // Every unit the demo plan names is in the directory.
        var campaign = await (await App.AdminClient()).GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var planned = campaign.GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("ownerUnit").GetString()).Append(l.GetProperty("leadUnit").GetString()));
        Assert.All(planned.Distinct(), name => Named(units, name!));
    }

    [Fact]
    public async Task The_office_creates_and_edits_a_unit_and_a_renamed_unit_keeps_its_earlier_name()
    {
        var admin = await App.AdminClient();
        var district = Named(await Units(admin), "金安区").GetProperty("id").GetInt32();
        var created = await admin.PostAsJsonAsync("/api/units", new { name = "清水河街道", shortName = "清水河", kind = "subdistrict", parentId = district });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var unit = await GridFiles.Json(created);
        var id = unit.GetProperty("id").GetInt32();
        Assert.Equal($"/api/units/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("清水河街道", "清水河", "subdistrict", district), (unit.GetProperty("name").GetString(), unit.GetProperty("shortName").GetString(), unit.GetProperty("kind").GetString(), unit.GetProperty("parentId").GetInt32()));

        var edited = await admin.PutAsJsonAsync($"/api/units/{id}", new { name = "清河街道", shortName = "清河", kind = "subdistrict", parentId = district });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var listed = Named(await Units(App.Reader()), "清河街道");
        Assert.Equal((id, "清河"), (listed.GetProperty("id").GetInt32(), listed.GetProperty("shortName").GetString()));

        // The former name still belongs to the unit: records written with it stay attached, and no other unit takes it.
        var head = await admin.PostAsJsonAsync("/api/users", new { userName = "qingshuihe", password = "Qingshui-Pa55!", role = "UnitHead", unit = "清水河街道" });
        Assert.Equal(HttpStatusCode.Created, head.StatusCode);
        var taken = await admin.PostAsJsonAsync("/api/units", new { name = "清水河街道", kind = "subdistrict" });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("name", (await GridFiles.Json(taken)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("blank name", "{\"name\":\"  \",\"kind\":\"department\"}", "name")]
    [InlineData("no name", "{\"kind\":\"department\"}", "name")]
    [InlineData("NUL in the name", "{\"name\":\"城\\u0000防办二\",\"kind\":\"department\"}", "name")]
    [InlineData("NUL in the short name", "{\"name\":\"新处室\",\"shortName\":\"新\\u0000\",\"kind\":\"department\"}", "shortName")]
    [InlineData("duplicate name", "{\"name\":\"城防办\",\"kind\":\"department\"}", "name")]
    [InlineData("unknown kind", "{\"name\":\"新处室\",\"kind\":\"bureau\"}", "kind")]
    [InlineData("unknown parent", "{\"name\":\"新处室\",\"kind\":\"department\",\"parentId\":987654}", "parentId")]
    public async Task A_bad_unit_is_refused_naming_the_field_and_nothing_is_stored(string what, string body, string field)
    {
        var admin = await App.AdminClient();
        var before = await admin.GetStringAsync("/api/units");
        var response = await admin.PostAsync("/api/units", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{what}: {(int)response.StatusCode}");
        var problem = await GridFiles.Json(response);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"{what}: {problem}");
        Assert.Equal(before, await admin.GetStringAsync("/api/units"));
    }

    [Fact]
    public async Task A_unit_cannot_be_placed_below_itself_or_below_a_unit_under_it()
    {
        var admin = await App.AdminClient();
        var units = await Units(admin);
        var district = Named(units, "金安区").GetProperty("id").GetInt32();
        var street = Named(units, "中市街道").GetProperty("id").GetInt32();
        foreach (var parent in new[] { district, street })
        {
            var response = await admin.PutAsJsonAsync($"/api/units/{district}", new { name = "金安区", kind = "district", parentId = parent });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty("parentId", out _));
        }

        Assert.Equal(JsonValueKind.Null, Named(await Units(admin), "金安区").GetProperty("parentId").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/units/987654", new { name = "无此单位", kind = "district" })).StatusCode);
    }

    [Fact]
    public async Task Accounts_and_notices_name_a_unit_of_the_directory_or_are_refused_on_the_unit()
    {
        var admin = await App.AdminClient();
        var account = await admin.PostAsJsonAsync("/api/users", new { userName = "typo", password = "Typo-Pa55word!", role = "UnitHead", unit = "城防处" });
        Assert.Equal(HttpStatusCode.BadRequest, account.StatusCode);
        Assert.True((await GridFiles.Json(account)).GetProperty("errors").TryGetProperty("unit", out _));
        Assert.DoesNotContain("\"typo\"", await admin.GetStringAsync("/api/users"));

        var notice = await admin.PostAsJsonAsync("/api/notices", new { unit = "城防处", taskId = "dagan100.1.1", title = "督办", deadline = DateTimeOffset.UtcNow.AddDays(2) });
        Assert.Equal(HttpStatusCode.BadRequest, notice.StatusCode);
        Assert.True((await GridFiles.Json(notice)).GetProperty("errors").TryGetProperty("unit", out _));
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray());
    }

    [Fact]
    public async Task A_grid_import_adds_the_streets_it_names_for_the_first_time()
    {
        var admin = await App.AdminClient();
        Assert.DoesNotContain(await Units(admin), u => u.GetProperty("name").GetString() == "城北街道");
        await GridFiles.Import(admin);
        Assert.Equal("subdistrict", Named(await Units(admin), "城北街道").GetProperty("kind").GetString());
    }
}
