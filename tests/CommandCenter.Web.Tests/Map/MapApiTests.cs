using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests.Map;

/// <summary>Case positions through <c>POST /api/cases</c> and the map's reads (<c>GET /api/map</c>, the wall hub's <c>Map</c>).</summary>
public sealed class MapApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task A_case_reported_with_a_position_keeps_it_and_shows_on_the_map_and_the_wall_s_map()
    {
        var admin = await App.AdminClient();
        await MapGrids.Import(admin);
        var created = await admin.PostAsJsonAsync("/api/cases", MapGrids.Case("MA-001", MapGrids.InsideLatitude, MapGrids.InsideLongitude));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await GridFiles.Json(created)).GetProperty("id").GetString()!;
        // Near the border (about 110 m outside) is still the grid's; a grid without a boundary takes any position.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/cases", MapGrids.Case("MA-001", 36.661, 117.005))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/cases", MapGrids.Case("MA-004", 39.9, 116.4))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("MA-002"))).StatusCode);

        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal(MapGrids.InsideLatitude, stored.GetProperty("latitude").GetDouble());
        Assert.Equal(MapGrids.InsideLongitude, stored.GetProperty("longitude").GetDouble());

        var map = await admin.GetFromJsonAsync<JsonElement>("/api/map?campaignId=dagan100");
        var grids = map.GetProperty("grids").EnumerateArray().ToDictionary(g => g.GetProperty("code").GetString()!);
        Assert.Equal(["MA-001", "MA-002", "MA-003", "MA-004"], grids.Keys.Order());
        Assert.Equal(1, grids["MA-001"].GetProperty("polygons").GetArrayLength());
        Assert.Equal(2, grids["MA-003"].GetProperty("polygons").GetArrayLength());
        Assert.Equal(0, grids["MA-004"].GetProperty("polygons").GetArrayLength());
        var cases = map.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(3, cases.Count); // the case without a position is not a point
        Assert.Equal(MapGrids.InsideLatitude, cases[id].GetProperty("latitude").GetDouble());

        // A grid head's map holds their own grids' cases only.
        var head = await GridFiles.Account(App, "north-head", "GridHead", grids: ["MA-002"]);
        Assert.Empty((await head.GetFromJsonAsync<JsonElement>("/api/map")).GetProperty("cases").EnumerateArray());
        Assert.Equal(4, (await head.GetFromJsonAsync<JsonElement>("/api/map")).GetProperty("grids").GetArrayLength());

        await using var wall = App.WallConnection();
        await wall.StartAsync();
        var screen = await wall.InvokeAsync<JsonElement>("Map", "dagan100");
        Assert.Equal(4, screen.GetProperty("grids").GetArrayLength());
        Assert.Equal(3, screen.GetProperty("cases").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/map?campaignId=nosuch")).StatusCode);
    }

    [Fact]
    public async Task A_bad_position_is_a_400_naming_the_field_and_stores_nothing()
    {
        var admin = await App.AdminClient();
        await MapGrids.Import(admin);
        var refusals = new (string Body, string Field)[]
        {
            (Json(MapGrids.Case("MA-001", 36.655, null)), "longitude"),
            (Json(MapGrids.Case("MA-001", null, 117.005)), "latitude"),
            (Json(MapGrids.Case("MA-001", 91, 117.005)), "latitude"),
            (Json(MapGrids.Case("MA-001", -90.5, 117.005)), "latitude"),
            (Json(MapGrids.Case("MA-001", 36.655, 180.01)), "longitude"),
            (Json(MapGrids.Case("MA-001", 36.70, 117.005)), "latitude"), // 5 km north of the grid
            (Json(MapGrids.Case("MA-002", MapGrids.InsideLatitude, MapGrids.InsideLongitude)), "latitude"), // inside the neighbour, about 450 m from its border
            (Json(MapGrids.Case("MA-001", 36.655, 117.005)).Replace("36.655", "\"36.655\""), "latitude"),
            (Json(MapGrids.Case("MA-001", 36.655, 117.005)).Replace("117.005", "\"NaN\""), "longitude"),
        };
        foreach (var (body, field) in refusals)
        {
            var response = await admin.PostAsync("/api/cases", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await GridFiles.Json(response);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{body} → {problem}");
        }

        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases")).GetProperty("total").GetInt32());
        Assert.All((await admin.GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray(), g => Assert.Equal(0, g.GetProperty("received").GetInt32()));
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/map")).GetProperty("cases").EnumerateArray());
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, CommandCenterApp.Json);
}
