using System.Text.Json;
using CommandCenter.Storage;

namespace CommandCenter.Web.Tests;

/// <summary>POST /api/cases/with-photos: the case and its photos in one request, so a refused photo creates nothing anywhere.</summary>
public sealed class CaseReportPhotosApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static Task<HttpResponseMessage> Post(HttpClient client, MultipartFormDataContent form, string key) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/cases/with-photos") { Content = form, Headers = { { "Idempotency-Key", key } } });

    private async Task<(int Ledger, int Received, long Photos)> Stored(HttpClient admin)
    {
        await using var command = App.Service<CommandCenterDatabase>().DataSource.CreateCommand("SELECT count(*) FROM case_photos");
        return ((await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001")).GetProperty("total").GetInt32(),
            (await admin.GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats")).GetProperty("received").GetInt32(),
            (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_refused_photo_creates_no_case_no_ledger_row_and_no_photo_and_the_report_goes_through_once_the_photo_is_replaced()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var head = await GridFiles.Account(App, "wp-zhang", "GridHead", grids: ["JA-001"]);

        var notAPhoto = await Post(head, GridFiles.CaseWithPhotos(GridFiles.Png(), "<html>hi</html>"u8.ToArray()), "k-1");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notAPhoto.StatusCode);
        var problem = await GridFiles.Json(notAPhoto);
        Assert.True(problem.GetProperty("errors").TryGetProperty("photos", out _), "the refusal names the photos");
        Assert.Contains("JPEG", problem.GetProperty("detail").GetString());
        var tooLarge = await Post(head, GridFiles.CaseWithPhotos(GridFiles.Png(5 * 1024 * 1024 + 1)), "k-2");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/cases/JA-001.1")).StatusCode);
        Assert.Equal((0, 0, 0L), await Stored(admin));                                   // nothing anywhere

        // The same form with the refused photo replaced: one case with both photos; its retry answers the same case.
        var reported = await Post(head, GridFiles.CaseWithPhotos(GridFiles.Png(), GridFiles.Png(128)), "k-4");
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var view = await GridFiles.Json(reported);
        Assert.Equal(2, view.GetProperty("photoIds").GetArrayLength());
        var retry = await Post(head, GridFiles.CaseWithPhotos(GridFiles.Png(), GridFiles.Png(128)), "k-4");
        Assert.Equal(view.GetProperty("id").GetString(), (await GridFiles.Json(retry)).GetProperty("id").GetString());
        Assert.Equal((1, 1, 2L), await Stored(admin));
        var photo = view.GetProperty("photoIds")[1].GetInt64();
        Assert.Equal(128, (await head.GetByteArrayAsync($"/api/cases/{view.GetProperty("id").GetString()}/photos/{photo}")).Length);
    }

    [Fact]
    public async Task A_form_without_the_case_or_outside_the_reporters_grid_is_refused_and_stores_nothing()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var head = await GridFiles.Account(App, "wp-li", "GridHead", grids: ["JA-002"]);

        var noCase = new MultipartFormDataContent { { new ByteArrayContent(GridFiles.Png()), "photos", "a.png" } };
        var refused = await Post(admin, noCase, "n-1");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await GridFiles.Json(refused)).GetProperty("errors").TryGetProperty("gridCode", out _));
        var badJson = new MultipartFormDataContent { { new StringContent("{\"gridCode\": 5}"), "case" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(admin, badJson, "n-2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(head, GridFiles.CaseWithPhotos(GridFiles.Png()), "n-3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await head.PostAsJsonAsync("/api/cases/with-photos", GridFiles.RoadCleaning())).StatusCode);
        Assert.Equal((0, 0, 0L), await Stored(admin));
    }
}
