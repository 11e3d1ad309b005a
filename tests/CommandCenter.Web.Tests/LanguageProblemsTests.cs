using System.Net.Http.Headers;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Every message the server sends is in the request's language: the same bad request in Chinese by default and in English with Accept-Language: en.</summary>
public sealed class LanguageProblemsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static async Task<JsonElement> Problem(HttpClient client, HttpMethod method, string path, object? body, string? language)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path} answered {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Everything(JsonElement problem) => problem.GetRawText();

    [Fact]
    public async Task A_negative_progress_a_weak_password_a_too_long_note_and_an_unknown_route_answer_in_Chinese_by_default_and_in_English_when_asked()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();
        (HttpMethod Method, string Path, object? Body, string Chinese, string English)[] cases =
        [
            (HttpMethod.Post, "/api/tasks/dagan100.1.4/progress", new { value = -5 }, "数值不能为负数", "The value must not be negative."),
            (HttpMethod.Post, "/api/users", new { userName = "weak", password = "abc", role = "Viewer" }, "密码至少需要", "Passwords must"),
            (HttpMethod.Post, "/api/tasks/dagan100.1.4/progress", new { value = 5, note = new string('长', 10_001) }, "不能超过", "must not be longer than"),
            (HttpMethod.Get, "/api/no-such-route", null, "接口不存在", "No such API route"),
        ];
        foreach (var (method, path, body, chinese, english) in cases)
        {
            foreach (var language in new[] { null, "zh-CN" })
            {
                var problem = Everything(await Problem(admin, method, path, body, language));
                Assert.Contains(chinese, problem);
                Assert.DoesNotContain(english, problem);
            }

            var inEnglish = await Problem(admin, method, path, body, "en");
            Assert.True(Everything(inEnglish).Contains(english, StringComparison.Ordinal), $"{path} in English: {Everything(inEnglish)}");
            Assert.DoesNotContain(chinese, Everything(inEnglish));
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", inEnglish.GetProperty("title").GetString() ?? "");
        }

        var invalid = await Problem(admin, HttpMethod.Post, "/api/tasks/dagan100.1.4/progress", new { value = -5 }, null);
        Assert.Equal("请求无效", invalid.GetProperty("title").GetString());
        Assert.Equal("Invalid request", (await Problem(admin, HttpMethod.Post, "/api/tasks/dagan100.1.4/progress", new { value = -5 }, "en")).GetProperty("title").GetString());
        Assert.DoesNotContain("\"weak\"", await admin.GetStringAsync("/api/users")); // the refused account was not stored
    }
}
