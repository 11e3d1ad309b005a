namespace CommandCenter.Web.Tests.Pages;

/// <summary>The favicon is served; an unknown page answers a Chinese page, an unknown API route Chinese-first problem details.</summary>
public sealed class StatusPageTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task The_favicon_is_served_and_every_page_names_it()
    {
        using var client = App.Client();
        var icon = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        var bytes = await icon.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);                          // an ICO header
        Assert.Contains("rel=\"icon\" href=\"favicon.ico\"", await client.GetStringAsync("/signin"));
    }

    [Fact]
    public async Task An_unknown_page_answers_a_chinese_page_with_404()
    {
        using var client = App.Client();
        var response = await client.GetAsync("/no-such-page/at-all");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-page=\"not-found\"", html);
        Assert.Contains("页面不存在", html);
        Assert.DoesNotContain("\"title\"", html);
    }

    [Fact]
    public async Task An_unknown_api_route_answers_problem_details_with_a_chinese_first_detail()
    {
        var response = await App.Reader().GetAsync("/api/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await GridFiles.Json(response);
        Assert.StartsWith("接口不存在", problem.GetProperty("detail").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());

        var anonymous = await App.Client().GetAsync("/api/campaigns");                   // a body-less 401 is explained too
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("请先登录", (await GridFiles.Json(anonymous)).GetProperty("detail").GetString());

        var own = await App.Reader().GetAsync("/api/cases/JA-001.404");                   // a problem with its own detail keeps it
        Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
        Assert.Contains("JA-001.404", (await GridFiles.Json(own)).GetProperty("detail").GetString());
    }
}
