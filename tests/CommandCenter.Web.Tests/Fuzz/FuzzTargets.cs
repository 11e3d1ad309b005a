using System.Text.Json.Nodes;

namespace CommandCenter.Web.Tests.Fuzz;

/// <summary>A write endpoint with a valid body: the fuzzer replaces one field (or the route value) with a hostile value.</summary>
public sealed record FuzzTarget(HttpMethod Method, string Path, Func<JsonNode> Body, string? RouteValue = null);

/// <summary>
/// Every JSON write endpoint and the GET endpoints with parameters, on objects the valid writers do not use (the
/// campaign "fuzz", grid JA-001, tasks of line 一), so an accepted fuzzed request cannot refuse a valid write.
/// </summary>
public static class FuzzTargets
{
    private static readonly string Tomorrow = DateTimeOffset.UtcNow.AddDays(1).ToString("O");
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");
    private static readonly string Later = DateTime.UtcNow.AddDays(99).ToString("yyyy-MM-dd");

    public static IReadOnlyList<FuzzTarget> Writes(string caseId, string noticeId) =>
    [
        new(HttpMethod.Post, "/api/tasks/{0}/progress", () => new JsonObject { ["value"] = 40, ["note"] = "进度", ["baseVersion"] = null }, "dagan100.1.2"),
        new(HttpMethod.Post, "/api/cases", () => new JsonObject
        {
            ["gridCode"] = "JA-001", ["category"] = "市容环境", ["subcategory"] = "道路保洁", ["source"] = "patrol", ["description"] = "路面有垃圾", ["location"] = "人民路", ["latitude"] = 36.65, ["longitude"] = 117.0,
        }),
        new(HttpMethod.Post, "/api/cases/{0}/transitions", () => new JsonObject { ["to"] = "dispatched", ["unit"] = "城防办", ["note"] = "派遣" }, caseId),
        new(HttpMethod.Post, "/api/notices", () => new JsonObject
        {
            ["unit"] = "城防办", ["taskId"] = "dagan100.1.3", ["title"] = "督办", ["content"] = "请整改", ["deadline"] = Tomorrow,
        }),
        new(HttpMethod.Post, "/api/notices/{0}/answer", () => new JsonObject { ["text"] = "已整改" }, noticeId),
        new(HttpMethod.Post, "/api/notices/{0}/escalate", () => new JsonObject { ["text"] = "升级", ["deadline"] = Tomorrow }, noticeId),
        new(HttpMethod.Post, "/api/notices/{0}/close", () => new JsonObject { ["text"] = "关闭" }, noticeId),
        new(HttpMethod.Post, "/api/campaigns", () => new JsonObject { ["name"] = "专项", ["startDate"] = Today, ["endDate"] = Later, ["timeZone"] = "Asia/Shanghai", ["id"] = "fz" }),
        new(HttpMethod.Post, "/api/campaigns/{0}/lines", () => new JsonObject { ["code"] = "二", ["title"] = "线", ["leadUnit"] = "城防办", ["leader"] = "张三" }, "fuzz"),
        new(HttpMethod.Put, "/api/campaigns/fuzz/lines/{0}", () => new JsonObject { ["code"] = "一", ["title"] = "线", ["leadUnit"] = "城防办", ["leader"] = "张三" }, "一"),
        new(HttpMethod.Post, "/api/campaigns/{0}/tasks", () => new JsonObject
        {
            ["code"] = "1.9", ["title"] = "任务", ["lineCode"] = "一", ["ownerUnit"] = "城防办", ["coUnits"] = new JsonArray("排水处"), ["dueDate"] = Later,
            ["targetKind"] = "quantity", ["targetValue"] = 10, ["baseline"] = 0, ["unitOfMeasure"] = "处",
        }, "fuzz"),
        new(HttpMethod.Put, "/api/campaigns/{0}/settings", () => new JsonObject
        {
            ["name"] = "模糊测试", ["startDate"] = Today, ["endDate"] = Later, ["timeZone"] = "Asia/Shanghai", ["lagTolerance"] = 0.1, ["reportDay"] = "Friday", ["reportTime"] = "17:00",
        }, "fuzz"),
        new(HttpMethod.Post, "/api/campaigns/{0}/clone", () => new JsonObject { ["name"] = "复制", ["startDate"] = Today, ["endDate"] = Later, ["id"] = "fzc" }, "fuzz"),
        new(HttpMethod.Post, "/api/campaigns/{0}/reports", () => new JsonObject { ["unit"] = "城防办", ["workDone"] = "完成", ["problems"] = "无", ["nextWeek"] = "继续" }, "fuzz"),
        new(HttpMethod.Post, "/api/campaigns/fuzz/reports/{0}/城防办/return", () => new JsonObject { ["reason"] = "补充" }, Today),
        new(HttpMethod.Put, "/api/campaigns/{0}/working-calendar", () => new JsonObject
        {
            ["timeZone"] = "Asia/Shanghai", ["periods"] = new JsonArray(new JsonObject { ["start"] = "09:00", ["end"] = "17:00" }),
            ["workingDays"] = new JsonArray("Monday", "Tuesday"), ["holidays"] = new JsonArray(Later),
        }, "fuzz"),
        new(HttpMethod.Post, "/api/campaigns/{0}/case-links", () => new JsonObject { ["taskId"] = "dagan100.1.4", ["category"] = "市容环境", ["subcategory"] = "道路保洁" }, "fuzz"),
        new(HttpMethod.Post, "/api/grids/{0}/cases/import", () => new JsonArray(new JsonObject
        {
            ["category"] = "市容环境", ["subcategory"] = "道路保洁", ["source"] = "patrol", ["description"] = "旧案", ["location"] = "东街",
            ["reportedAt"] = DateTimeOffset.UtcNow.AddDays(-3).ToString("O"), ["reportedBy"] = "李四", ["status"] = "closed", ["unit"] = "城防办",
            ["closedAt"] = DateTimeOffset.UtcNow.AddDays(-1).ToString("O"), ["verifier"] = "王五",
        }), "JA-001"),
        new(HttpMethod.Post, "/api/display-tokens", () => new JsonObject { ["name"] = "大屏", ["campaignId"] = "fuzz" }),
        new(HttpMethod.Post, "/api/users", () => new JsonObject
        {
            ["userName"] = "fz", ["password"] = "Fuzz-Pa55!", ["role"] = "UnitHead", ["unit"] = "城防办", ["grids"] = new JsonArray("JA-001"),
        }),
        new(HttpMethod.Post, "/api/auth/token", () => new JsonObject { ["userName"] = "admin", ["password"] = "wrong" }),
        new(HttpMethod.Post, "/api/campaigns/{0}/wall/reload", () => new JsonObject(), "fuzz"),
        new(HttpMethod.Post, "/api/campaigns/import", () => new JsonObject { ["name"] = "导入" }),
        new(HttpMethod.Post, "/api/grids/import", () => new JsonObject()),
        new(HttpMethod.Post, "/api/cases/{0}/photos", () => new JsonObject(), caseId),
        new(HttpMethod.Post, "/api/tasks/{0}/evidence", () => new JsonObject(), "dagan100.1.2"),
    ];

    /// <summary>Reads with route and query parameters; {0} is replaced by a hostile value.</summary>
    public static readonly string[] Reads =
    [
        "/api/tasks/{0}", "/api/tasks/{0}/history", "/api/tasks/{0}/burnup", "/api/campaigns/{0}", "/api/campaigns/{0}/burnup", "/api/campaigns/fuzz/burnup?line={0}",
        "/api/campaigns/{0}/reports", "/api/campaigns/fuzz/reports?week={0}", "/api/cases/{0}", "/api/grids/{0}/stats", "/api/case-stats?campaign={0}",
        "/api/ledger/cases?grid={0}&status=reported", "/api/ledger/cases?page={0}", "/api/ledger/notices?stage={0}", "/api/ledger/export?unit={0}",
        "/api/audit?campaign=fuzz&from={0}&to=9999-12-31", "/api/audit?campaign={0}&limit=-1", "/api/notices/{0}", "/api/campaigns/{0}/export?format=csv",
    ];
}
