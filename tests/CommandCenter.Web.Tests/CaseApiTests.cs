using System.Text.Json;
using CommandCenter.Cases;
using CommandCenter.Web.Features.Cases;

namespace CommandCenter.Web.Tests;

public sealed class CaseApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private async Task<(HttpClient GridHead, HttpClient UnitHead)> Setup()
    {
        await GridFiles.Import(await App.AdminClient());
        var gridHead = await GridFiles.Account(App, "zhangsan", "GridHead", grids: ["JA-001"]);
        var unitHead = await GridFiles.Account(App, "huanwei", "UnitHead", unit: "环卫处");
        return (gridHead, unitHead);
    }

    private static async Task<JsonElement> Move(HttpClient client, string id, string to, string? unit = null)
    {
        var response = await client.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to, unit, note = "ok" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await GridFiles.Json(response);
    }

    private Task<JsonElement> Stats(string grid = "JA-001") => App.Reader().GetFromJsonAsync<JsonElement>($"/api/grids/{grid}/stats");

    [Fact]
    public async Task A_grid_head_and_a_unit_head_walk_a_case_through_rework_to_close_out_and_the_rates_follow()
    {
        var (gridHead, unitHead) = await Setup();
        var created = await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await GridFiles.Json(created)).GetProperty("id").GetString()!;
        Assert.Equal($"/api/cases/{id}", created.Headers.Location?.OriginalString);

        await Move(gridHead, id, "dispatched", unit: "环卫处");
        await Move(unitHead, id, "handling");
        await Move(unitHead, id, "rectified");
        Assert.Equal(1.0, (await Stats()).GetProperty("handlingRate").GetDouble());
        await Move(gridHead, id, "rework");
        Assert.Equal(1.0, (await Stats()).GetProperty("reworkRate").GetDouble());
        await Move(unitHead, id, "handling");
        await Move(unitHead, id, "rectified");
        await Move(gridHead, id, "verified");

        var early = await gridHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "closed" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);                          // no evidence yet
        Assert.Contains("佐证", (await GridFiles.Json(early)).GetProperty("detail").GetString()); // the reason in the request's language (Chinese by default)

        Assert.Equal(HttpStatusCode.Created, (await unitHead.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png()))).StatusCode);
        var closed = await Move(gridHead, id, "closed");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("zhangsan", closed.GetProperty("verifier").GetString());

        var stats = await Stats();
        Assert.Equal((1, 1, 1, 1), (stats.GetProperty("received").GetInt32(), stats.GetProperty("handled").GetInt32(), stats.GetProperty("closed").GetInt32(), stats.GetProperty("reworked").GetInt32()));
        Assert.Equal(1.0, stats.GetProperty("closureRate").GetDouble());
        var photoId = closed.GetProperty("photoIds")[0].GetInt64();
        var photo = await gridHead.GetAsync($"/api/cases/{id}/photos/{photoId}");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);

        var open = await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning());
        Assert.Equal(HttpStatusCode.Created, open.StatusCode);
        async Task<List<string?>> Ledger(string query) =>
            (await gridHead.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001&" + query)).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal([id], await Ledger("open=false"));
        Assert.Equal([(await GridFiles.Json(open)).GetProperty("id").GetString()], await Ledger("open=true"));
        Assert.Equal(HttpStatusCode.BadRequest, (await gridHead.GetAsync("/api/ledger/cases?open=maybe")).StatusCode);
    }

    [Fact]
    public async Task A_forbidden_transition_is_409_and_changes_nothing()
    {
        var (gridHead, _) = await Setup();
        var id = (await GridFiles.Json(await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;
        var response = await gridHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "closed" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await gridHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "finished" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await gridHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched" })).StatusCode); // no unit
        var view = await gridHead.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal("reported", view.GetProperty("status").GetString());
        Assert.Equal(1, view.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await gridHead.PostAsJsonAsync("/api/cases/JA-001.99/transitions", new { to = "handling" })).StatusCode);
    }

    [Fact]
    public async Task Unknown_grids_categories_and_bad_fields_are_400_and_store_nothing()
    {
        var (gridHead, _) = await Setup();
        var admin = await App.AdminClient();
        foreach (var (body, field) in new (object, string)[]
        {
            (GridFiles.RoadCleaning("NOPE-9"), "gridCode"),
            (new { gridCode = "JA-001", category = "市容环境", subcategory = "不存在", source = "patrol", description = "x" }, "subcategory"),
            (new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "rumour", description = "x" }, "source"),
            (new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "patrol", description = "" }, "description"),
        })
        {
            var response = await admin.PostAsJsonAsync("/api/cases", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Equal(0, (await Stats()).GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Roles_decide_who_reports_and_who_handles()
    {
        var (gridHead, unitHead) = await Setup();
        var viewer = await GridFiles.Account(App, "viewer", "Viewer");
        var otherUnit = await GridFiles.Account(App, "paishui", "UnitHead", unit: "城市排水管理处");
        Assert.Equal(HttpStatusCode.Forbidden, (await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("JA-002"))).StatusCode); // not their grid
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning())).StatusCode);

        var id = (await GridFiles.Json(await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;
        await Move(gridHead, id, "dispatched", unit: "环卫处");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "handling" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await gridHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "handling" })).StatusCode);
        await Move(unitHead, id, "handling");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync($"/api/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName = "nogrid", password = GridFiles.Password, role = "GridHead" })).StatusCode);
    }

    [Fact]
    public async Task Oversized_and_wrong_type_photos_are_refused_and_nothing_is_stored()
    {
        var (gridHead, _) = await Setup();
        var id = (await GridFiles.Json(await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;

        var tooLarge = await gridHead.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png(PhotoRules.MaxBytes + 1)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("application/problem+json", tooLarge.Content.Headers.ContentType?.MediaType);
        var notImage = await gridHead.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo("<html>hi</html>"u8.ToArray(), "photo.png"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notImage.StatusCode);

        Assert.Equal(0, await App.Service<CasePhotoStore>().Count(id));
        Assert.Empty((await gridHead.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")).GetProperty("photoIds").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await gridHead.PostAsync("/api/cases/JA-001.77/photos", GridFiles.Photo(GridFiles.Png()))).StatusCode);
    }

    [Fact]
    public async Task A_grid_head_cannot_move_or_attach_photos_to_another_grids_case_and_nothing_changes()
    {
        var (gridHead, unitHead) = await Setup();
        var otherHead = await GridFiles.Account(App, "lisi", "GridHead", grids: ["JA-002"]);
        var id = (await GridFiles.Json(await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;

        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "环卫处" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png()))).StatusCode);
        await Move(gridHead, id, "dispatched", unit: "环卫处");
        await Move(unitHead, id, "handling");
        await Move(unitHead, id, "rectified");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "verified" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherHead.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "rework" })).StatusCode);

        var view = await gridHead.GetFromJsonAsync<JsonElement>($"/api/cases/{id}");
        Assert.Equal(("rectified", 0, 4), (view.GetProperty("status").GetString(), view.GetProperty("photoIds").GetArrayLength(), view.GetProperty("version").GetInt32()));
        Assert.Equal(0, await App.Service<CasePhotoStore>().Count(id));
    }
}
