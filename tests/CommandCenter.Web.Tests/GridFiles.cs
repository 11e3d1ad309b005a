using System.Text;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Grid tables, accounts and requests for the grid and case API tests.</summary>
internal static class GridFiles
{
    public const string Password = "Grid-Head-Pa55!";

    public const string Table = """
        网格长,网格名称,网格编号,所属街道
        张三,城北一网格,JA-001,城北街道
        李四,城北二网格,JA-002,城北街道
        """;

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    public static MultipartFormDataContent Form(byte[] file, string fileName, string? campaignId = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        if (campaignId is not null)
        {
            form.Add(new StringContent(campaignId), "campaignId");
        }

        return form;
    }

    public static async Task Import(HttpClient admin, string table = Table, string? campaignId = null)
    {
        var response = await admin.PostAsync("/api/grids/import", Form(Gb18030(table), "网格.csv", campaignId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>An account, as the office makes it: a unit the directory does not hold yet is added to it first (an account's unit must be in the directory).</summary>
    public static async Task<HttpClient> Account(CommandCenterApp app, string userName, string role, string? unit = null, string[]? grids = null)
    {
        var admin = await app.AdminClient();
        if (unit is not null)
        {
            await Units(admin, unit);
        }

        var response = await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit, grids });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await app.ClientFor(userName, Password);
    }

    public static object RoadCleaning(string gridCode = "JA-001") =>
        new { gridCode, category = "市容环境", subcategory = "道路保洁", source = "patrol", description = "人民路路面有垃圾" };

    public static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The smallest bytes a photo check accepts as a PNG.</summary>
    public static byte[] Png(int size = 64)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    public static MultipartFormDataContent Photo(byte[] bytes, string name = "现场.png") =>
        new() { { new ByteArrayContent(bytes), "file", name } };

    /// <summary>A report with its photos in one multipart form (<c>POST /api/cases/with-photos</c>): the case as JSON in <c>case</c>, the files in <c>photos</c>.</summary>
    public static MultipartFormDataContent CaseWithPhotos(params byte[][] photos)
    {
        var form = new MultipartFormDataContent { { new StringContent(System.Text.Json.JsonSerializer.Serialize(RoadCleaning())), "case" } };
        for (var i = 0; i < photos.Length; i++)
        {
            form.Add(new ByteArrayContent(photos[i]), "photos", $"现场{i + 1}.png");
        }

        return form;
    }

    /// <summary>Adds to the unit directory those of <paramref name="names"/> it lacks (as departments).</summary>
    public static async Task Units(HttpClient admin, params string[] names)
    {
        var known = (await admin.GetFromJsonAsync<JsonElement>("/api/units")).EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToHashSet();
        foreach (var name in names.Where(n => !known.Contains(n)))
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/units", new { name, shortName = name, kind = "department" })).StatusCode);
        }
    }
}
