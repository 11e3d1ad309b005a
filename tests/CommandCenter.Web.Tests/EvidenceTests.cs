using System.Net.Http.Headers;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Evidence files: type judged by content, size limit, same permission as the update, durable, named by history.</summary>
public sealed class EvidenceTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Task = "dagan100.1.1"; // owned by 城防办
    private const string Password = "Evidence-Pa55!";

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    private static MultipartFormDataContent Form(byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<int> Count(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{Task}/evidence")).GetArrayLength();

    [Fact]
    public async Task An_uploaded_photo_is_stored_and_downloads_byte_for_byte()
    {
        var admin = await App.AdminClient();
        var response = await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(Png, "现场照片.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("image/png", created.GetProperty("contentType").GetString());
        Assert.Equal($"/api/evidence/{id}", response.Headers.Location!.OriginalString);

        var download = await admin.GetAsync($"/api/evidence/{id}");
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{Task}/evidence");
        Assert.Equal("现场照片.png", listed[0].GetProperty("fileName").GetString());
    }

    [Theory]
    [InlineData("notes.png", "just text pretending to be a picture", 415)]   // extension alone is not enough
    [InlineData("photo.exe", null, 415)]                                       // content is a PNG, the name is not
    [InlineData("report.pdf", null, 415)]                                      // a PNG named .pdf
    [InlineData("empty.png", "", 400)]
    public async Task Content_that_is_not_an_accepted_type_is_refused_and_nothing_is_stored(string fileName, string? text, int status)
    {
        var admin = await App.AdminClient();
        var content = text is null ? Png : System.Text.Encoding.UTF8.GetBytes(text);
        var response = await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(content, fileName));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Count(admin));
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_413_and_nothing_is_stored()
    {
        var admin = await App.AdminClient();
        var big = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);
        var response = await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(big, "big.pdf"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await Count(admin));

        var atLimit = new byte[10 * 1024 * 1024];
        Pdf.CopyTo(atLimit, 0);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(atLimit, "limit.pdf"))).StatusCode);
    }

    [Fact]
    public async Task Only_who_may_update_the_task_may_add_evidence_and_only_the_office_viewers_and_the_task_s_units_read_it()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "paishui", password = Password, role = "UnitHead", unit = "城市排水管理处" })).EnsureSuccessStatusCode();
        var otherUnit = await App.ClientFor("paishui", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.PostAsync($"/api/tasks/{Task}/evidence", Form(Png, "x.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().PostAsync($"/api/tasks/{Task}/evidence", Form(Png, "x.png"))).StatusCode);
        Assert.Equal(0, await Count(admin));

        var id = (await (await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(Pdf, "整改报告.pdf"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync($"/api/evidence/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/api/evidence/{id}")).StatusCode);
        (await admin.PostAsJsonAsync("/api/users", new { userName = "viewer", password = Password, role = "Viewer" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await (await App.ClientFor("viewer", Password)).GetAsync($"/api/evidence/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_progress_update_names_its_evidence_in_the_history()
    {
        var admin = await App.AdminClient();
        var id = (await (await admin.PostAsync($"/api/tasks/{Task}/evidence", Form(Png, "a.png"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var update = await admin.PostAsJsonAsync($"/api/tasks/{Task}/progress", new { value = 12, note = "附照片", evidence = new[] { id } });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{Task}/history");
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("附照片", last.GetProperty("note").GetString());
        Assert.Equal([id], last.GetProperty("evidenceIds").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task An_update_naming_evidence_of_another_task_or_none_is_400_and_stores_nothing()
    {
        var admin = await App.AdminClient();
        var other = (await (await admin.PostAsync("/api/tasks/dagan100.2.1/evidence", Form(Png, "b.png"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{Task}")).GetProperty("version").GetInt32();
        foreach (var ids in new[] { new[] { other }, new[] { Guid.NewGuid() } })
        {
            var response = await admin.PostAsJsonAsync($"/api/tasks/{Task}/progress", new { value = 3, evidence = ids });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("evidence", out _));
        }

        Assert.Equal(before, (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{Task}")).GetProperty("version").GetInt32());
    }
}
