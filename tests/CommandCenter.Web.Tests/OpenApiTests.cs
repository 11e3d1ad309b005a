using System.Text.Json;
using Microsoft.AspNetCore.Routing;

namespace CommandCenter.Web.Tests;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> describes every endpoint the app maps under <c>/api/</c> and
/// <c>/health/</c> (read from its EndpointDataSource, so endpoints added later are covered without touching the test),
/// with schemas, problem details and the auth each needs; <c>/api/docs</c> serves the Scalar reference.
/// </summary>
public sealed class OpenApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task Every_mapped_api_endpoint_is_in_the_OpenAPI_document_with_its_auth_and_problem_answers()
    {
        var document = await App.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var documented = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name.ToUpperInvariant())))
            .ToHashSet();

        var mapped = App.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => (e.Path.StartsWith("/api/", StringComparison.Ordinal) || e.Path.StartsWith("/health/", StringComparison.Ordinal))
                        && !e.Path.StartsWith("/api/docs", StringComparison.Ordinal))
            .SelectMany(e => (e.Methods.Count == 0 ? ["GET"] : e.Methods).Select(m => (Path: Normalise(e.Path), Method: m)))
            .Distinct()
            .ToList();

        Assert.True(mapped.Count > 50, $"only {mapped.Count} endpoints found: the test reads the wrong data source");
        var missing = mapped.Where(e => !documented.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "not in /openapi/v1.json: " + string.Join(", ", missing.Select(m => $"{m.Method} {m.Path}")));

        // An office write names its auth (bearer token, the Administrator role) and its problem answers.
        var create = paths.GetProperty("/api/campaigns").GetProperty("post");
        Assert.Contains("Administrator", create.GetProperty("description").GetString());
        Assert.Contains(create.GetProperty("security").EnumerateArray(), s => s.TryGetProperty("Bearer", out _));
        foreach (var status in new[] { "400", "401", "403", "503" })
        {
            Assert.True(create.GetProperty("responses").TryGetProperty(status, out var answer), $"no {status} on POST /api/campaigns");
            Assert.True(answer.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{status} is not problem details");
        }

        Assert.True(create.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), "POST /api/campaigns has no request schema");
        Assert.True(paths.GetProperty("/api/tasks/{taskId}").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").TryGetProperty("application/json", out _), "GET /api/tasks/{taskId} has no response schema");
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));

        var reference = await App.Client().GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        var html = await reference.Content.ReadAsStringAsync();
        Assert.True(html.Contains("scalar", StringComparison.OrdinalIgnoreCase) && html.Contains("openapi", StringComparison.OrdinalIgnoreCase), html);
    }

    /// <summary>Route constraints and a group's trailing slash are not part of an OpenAPI path: <c>/x/{id:int}/</c> → <c>/x/{id}</c>.</summary>
    private static string Normalise(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{\*{0,2}([^}:=?]+)[^}]*\}", "{$1}").TrimEnd('/');
}
