using System.Text.Json;
using CommandCenter.Cases;
using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Features.People;
using CommandCenter.Web.Features.Tasks;

namespace CommandCenter.Web.Tests;

/// <summary>
/// The caps on free text and on photos: a value at the cap is taken; one character (or photo) more is a 400 problem
/// naming the field, and nothing of the request is stored.
/// </summary>
public sealed class TextCapTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static string Text(int length) => new('治', length);

    private static async Task AssertRefused(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"the refusal names {field}: {body}");
    }

    [Fact]
    public async Task A_case_s_location_note_and_dispatch_unit_take_their_cap_and_one_more_character_is_refused_storing_nothing()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        object Case(int location) => new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "patrol", description = "路面有垃圾", location = Text(location) };

        await AssertRefused(await admin.PostAsJsonAsync("/api/cases", Case(CasesApi.MaxLocationLength + 1)), "location");
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats")).GetProperty("received").GetInt32());
        var created = await admin.PostAsJsonAsync("/api/cases", Case(CasesApi.MaxLocationLength));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var reported = await GridFiles.Json(created);
        Assert.Equal(Text(CasesApi.MaxLocationLength), reported.GetProperty("location").GetString());
        var id = reported.GetProperty("id").GetString()!;
        var before = await admin.GetStringAsync($"/api/cases/{id}");

        await AssertRefused(await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = Text(UserAccounts.MaxUnitLength + 1) }), "unit");
        await AssertRefused(await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "城防办", note = Text(CasesApi.MaxNoteLength + 1) }), "note");
        Assert.Equal(before, await admin.GetStringAsync($"/api/cases/{id}"));

        var moved = await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = Text(UserAccounts.MaxUnitLength), note = Text(CasesApi.MaxNoteLength) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var step = (await GridFiles.Json(moved)).GetProperty("steps").EnumerateArray().Last();
        Assert.Equal((Text(UserAccounts.MaxUnitLength), Text(CasesApi.MaxNoteLength)), (step.GetProperty("unit").GetString(), step.GetProperty("note").GetString()));
    }

    [Fact]
    public async Task A_progress_note_and_an_account_s_unit_take_their_cap_and_one_more_character_is_refused_storing_nothing()
    {
        var admin = await App.AdminClient();
        var task = await admin.GetStringAsync("/api/tasks/dagan100.1.1");
        await AssertRefused(await admin.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 3, note = Text(TaskUpdater.MaxNoteLength + 1) }), "note");
        Assert.Equal(task, await admin.GetStringAsync("/api/tasks/dagan100.1.1"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 3, note = Text(TaskUpdater.MaxNoteLength) })).StatusCode);
        Assert.Equal(Text(TaskUpdater.MaxNoteLength), (await admin.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.1")).GetProperty("lastUpdate").GetProperty("note").GetString());

        async Task<JsonElement?> Account(string userName) =>
            (await admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Where(u => u.GetProperty("userName").GetString() == userName).Cast<JsonElement?>().SingleOrDefault();
        object User(string userName, int unit) => new { userName, password = GridFiles.Password, role = "UnitHead", unit = Text(unit) };

        await AssertRefused(await admin.PostAsJsonAsync("/api/users", User("long-unit", UserAccounts.MaxUnitLength + 1)), "unit");
        Assert.Null(await Account("long-unit"));
        // An account's unit is one of the unit directory's: the office adds the long-named unit first.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/units", new { name = Text(UserAccounts.MaxUnitLength), shortName = "长名单位", kind = "department" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/users", User("long-unit", UserAccounts.MaxUnitLength))).StatusCode);
        Assert.Equal(Text(UserAccounts.MaxUnitLength), (await Account("long-unit"))?.GetProperty("unit").GetString());

        await AssertRefused(await admin.PutAsJsonAsync("/api/users/long-unit", new { role = "UnitHead", unit = Text(UserAccounts.MaxUnitLength + 1) }), "unit");
        Assert.Equal(Text(UserAccounts.MaxUnitLength), (await Account("long-unit"))?.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task A_case_takes_its_cap_of_photos_even_when_they_race_in_and_every_one_more_is_a_400_naming_the_file_that_stores_no_photo()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;

        // All at once, more than the cap: each upload passes the web host's count before any is attached.
        var uploads = await Task.WhenAll(Enumerable.Range(0, PhotoRules.MaxPhotosPerCase + 5).Select(_ => admin.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png()))));
        Assert.Equal(PhotoRules.MaxPhotosPerCase, uploads.Count(u => u.StatusCode == HttpStatusCode.Created));
        foreach (var refused in uploads.Where(u => u.StatusCode != HttpStatusCode.Created))
        {
            await AssertRefused(refused, "file");
        }

        await AssertRefused(await admin.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png())), "file");
        Assert.Equal(PhotoRules.MaxPhotosPerCase, await App.Service<CasePhotoStore>().Count(id));
        Assert.Equal(PhotoRules.MaxPhotosPerCase, (await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")).GetProperty("photoIds").GetArrayLength());
    }
}
