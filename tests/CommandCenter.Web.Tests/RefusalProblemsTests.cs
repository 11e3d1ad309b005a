using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Http;

namespace CommandCenter.Web.Tests;

/// <summary>The one table from a refusal's kind to its problem details (status, detail, errors, current).</summary>
public sealed class RefusalProblemsTests
{
    [Fact]
    public void Every_kind_of_refusal_has_one_status_and_its_reason_as_detail()
    {
        var statuses = new Dictionary<RefusalKind, int>
        {
            [RefusalKind.Invalid] = 400, [RefusalKind.NotFound] = 404, [RefusalKind.Forbidden] = 403, [RefusalKind.Conflict] = 409,
            [RefusalKind.Stale] = 409, [RefusalKind.NotAllowedNow] = 409, [RefusalKind.TooLarge] = 413, [RefusalKind.UnsupportedType] = 415,
            [RefusalKind.Unavailable] = 503,
        };
        Assert.Equal(Enum.GetValues<RefusalKind>().Order(), statuses.Keys.Order());
        foreach (var (kind, status) in statuses)
        {
            var problem = Problems.Details(new Refusal(kind, "field", "不行 / refused"));
            Assert.Equal((status, status, "不行 / refused"), (Problems.Status(kind), problem.Status, problem.Detail));
            Assert.False(string.IsNullOrEmpty(problem.Title));
        }
    }

    [Fact]
    public void Refused_input_names_its_field_in_errors_and_a_stale_update_carries_the_current_state()
    {
        foreach (var refusal in new[] { Refusal.Invalid("value", "须为数值"), Refusal.Conflict("code", "已被使用"), Refusal.TooLarge("file", "过大") })
        {
            Assert.Equal(new[] { refusal.Reason }, Assert.IsType<HttpValidationProblemDetails>(Problems.Details(refusal)).Errors[refusal.Field!]);
        }

        Assert.IsNotType<HttpValidationProblemDetails>(Problems.Details(Refusal.NotFound("不存在", "id")));
        Assert.IsNotType<HttpValidationProblemDetails>(Problems.Details(Refusal.Forbidden("无权", "unit")));
        var current = new object();
        Assert.Same(current, Problems.Details(Refusal.Stale("已变更", current)).Extensions["current"]);
        Assert.False(Problems.Details(Refusal.NotAllowedNow("已办结")).Extensions.ContainsKey("current"));
    }
}
