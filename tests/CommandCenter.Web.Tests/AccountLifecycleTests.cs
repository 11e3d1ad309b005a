using System.Net.Http.Headers;
using System.Text.Json;
using CommandCenter.Web.Features.People;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>
/// The office edits, disables and resets accounts; everyone changes their own password; bearer tokens carry the
/// security stamp and are refused once it changes; sign-ins are limited per address and per user name.
/// </summary>
public sealed class AccountLifecycleTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Password = "Account-Pa55word!";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Stamps are re-read every second here instead of every minute, so "within the interval" is quick to see.</summary>
    private async Task<CommandCenterApp> Start(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["Auth:ValidationInterval"] = "00:00:01";
        return CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: settings);
    }

    private static async Task Create(HttpClient admin, string userName, string role = "UnitHead", string? unit = "城防办") =>
        (await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit })).EnsureSuccessStatusCode();

    private static async Task<HttpStatusCode> EventuallyNot(HttpStatusCode status, Func<Task<HttpResponseMessage>> request)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var code = (await request()).StatusCode;
            if (code != status || DateTime.UtcNow > deadline)
            {
                return code;
            }

            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_disabled_account_s_bearer_token_stops_working_within_the_interval_and_it_cannot_sign_in_until_enabled()
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "leaver");
        var leaver = await app.ClientFor("leaver", Password);
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync("/api/campaigns")).StatusCode);

        var disabled = await admin.PutAsJsonAsync("/api/users/leaver", new { disabled = true });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await GridFiles.Json(disabled)).GetProperty("disabled").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyNot(HttpStatusCode.OK, () => leaver.GetAsync("/api/campaigns")));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsJsonAsync("/api/auth/token", new { userName = "leaver", password = Password })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/users/leaver", new { disabled = false })).StatusCode);
        var back = await app.ClientFor("leaver", Password);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/api/campaigns")).StatusCode);
    }

    [Fact]
    public async Task The_office_changes_an_account_s_unit_and_its_old_token_no_longer_carries_the_old_unit()
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "mover");
        var before = await app.ClientFor("mover", Password);
        Assert.Equal(HttpStatusCode.OK, (await before.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 1 })).StatusCode);

        var moved = await admin.PutAsJsonAsync("/api/users/mover", new { role = "UnitHead", unit = "计划财务处" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyNot(HttpStatusCode.OK, () => before.GetAsync("/api/campaigns")));

        var after = await app.ClientFor("mover", Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await after.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await after.PostAsJsonAsync("/api/tasks/dagan100.2.1/progress", new { value = 2 })).StatusCode);

        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "mover");
        Assert.Equal("计划财务处", listed.GetProperty("unit").GetString());
    }

    [Theory]
    [InlineData("{\"role\": \"Wizard\"}", "role")]
    [InlineData("{\"role\": \"UnitHead\", \"unit\": \"\"}", "unit")]
    [InlineData("{\"role\": \"GridHead\", \"grids\": [\"NOPE-1\"]}", "grids")]
    public async Task A_bad_account_edit_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "steady");
        var response = await admin.PutAsync("/api/users/steady", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await GridFiles.Json(response)).GetProperty("errors").TryGetProperty(field, out _));
        var steady = (await admin.GetFromJsonAsync<JsonElement>("/api/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "steady");
        Assert.Equal("城防办", steady.GetProperty("unit").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/users/nobody", new { role = "Viewer" })).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_works_once_and_must_be_changed_before_anything_else()
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "forgetful");
        var reset = await GridFiles.Json(await admin.PostAsync("/api/users/forgetful/password-reset", null));
        var oneTime = reset.GetProperty("password").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsJsonAsync("/api/auth/token", new { userName = "forgetful", password = Password })).StatusCode);

        var user = await app.ClientFor("forgetful", oneTime);
        var blocked = await user.GetAsync("/api/campaigns");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Contains("须先修改密码", await blocked.Content.ReadAsStringAsync());

        var wrong = await user.PostAsJsonAsync("/api/account/password", new { currentPassword = "wrong", newPassword = "Chosen-Pa55word!" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var body = await wrong.Content.ReadAsStringAsync();
        Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty("currentPassword", out _), body);
        Assert.Equal(HttpStatusCode.NoContent, (await user.PostAsJsonAsync("/api/account/password", new { currentPassword = oneTime, newPassword = "Chosen-Pa55word!" })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsJsonAsync("/api/auth/token", new { userName = "forgetful", password = oneTime })).StatusCode);
        var chosen = await app.ClientFor("forgetful", "Chosen-Pa55word!");
        Assert.Equal(HttpStatusCode.OK, (await chosen.GetAsync("/api/campaigns")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyNot(HttpStatusCode.Forbidden, () => user.GetAsync("/api/campaigns")));
    }

    [Fact]
    public async Task Sign_ins_failed_sign_ins_and_account_changes_go_to_the_account_audit()
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "audited");
        await app.Client().PostAsJsonAsync("/api/auth/token", new { userName = "audited", password = "wrong" });
        await app.ClientFor("audited", Password);
        await admin.PutAsJsonAsync("/api/users/audited", new { disabled = true });

        var entries = (await admin.GetFromJsonAsync<JsonElement>("/api/account-audit?user=audited")).EnumerateArray().ToList();
        Assert.Equal([AccountActions.Disabled, AccountActions.SignedIn, AccountActions.SignInFailed, AccountActions.Created], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("admin", entries[0].GetProperty("actor").GetString());
        Assert.Equal("127.0.0.1", entries[1].GetProperty("address").GetString());
    }

    [Fact]
    public async Task The_eleventh_sign_in_in_a_minute_from_one_address_gets_429_with_retry_after()
    {
        var limit = new RateLimitSettings().SignInPerMinute;
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(),
            settings: new Dictionary<string, string?> { ["RateLimits:SignInPerMinute"] = limit.ToString() });
        var client = app.Client();
        for (var i = 0; i < limit; i++)
        {
            var attempt = await client.PostAsJsonAsync("/api/auth/token", new { userName = $"guess{i}", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CommandCenterApp.AdminPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Behind_a_known_proxy_one_user_name_is_limited_whatever_address_the_attempts_come_from()
    {
        var limit = new RateLimitSettings().SignInPerMinute;
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["RateLimits:SignInPerMinute"] = limit.ToString(), ["ReverseProxy:KnownProxies"] = "127.0.0.1",
        });
        var client = app.Client();
        async Task<HttpResponseMessage> Attempt(int from, string password)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName = "admin", password }) };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{from}");
            return await client.SendAsync(request);
        }

        for (var i = 0; i < limit; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Attempt(i, "wrong")).StatusCode);
        }

        var refused = await Attempt(200, CommandCenterApp.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }
    private static async Task<string> Token(CommandCenterApp app, string userName)
    {
        var response = await app.Client().PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return (await GridFiles.Json(response)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Opens <paramref name="connection"/>; the task completes when it closes.</summary>
    private static async Task<Task> Open(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await connection.StartAsync();
        return closed.Task;
    }

    [Fact]
    public async Task A_disabled_unit_head_s_open_hub_connections_close_within_the_interval_and_a_report_over_them_fails()
    {
        await using var app = await Start();
        var admin = await app.AdminClient();
        await Create(admin, "connected");
        await Create(admin, "colleague");
        var token = await Token(app, "connected");
        await using var updates = app.UpdatesConnection(token);
        var updatesClosed = await Open(updates);
        await using var wall = new HubConnectionBuilder()
            .WithUrl(new Uri(app.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token)).Build();
        var wallClosed = await Open(wall);
        await using var colleague = app.UpdatesConnection(await Token(app, "colleague"));
        var colleagueClosed = await Open(colleague);
        var reported = await updates.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = 5 });
        Assert.True(reported.GetProperty("ok").GetBoolean());

        (await admin.PutAsJsonAsync("/api/users/connected", new { disabled = true })).EnsureSuccessStatusCode();

        await Task.WhenAll(updatesClosed, wallClosed).WaitAsync(Patience);
        await Assert.ThrowsAnyAsync<Exception>(() => updates.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = 6 }));
        await using var again = app.UpdatesConnection(token);
        await Assert.ThrowsAnyAsync<Exception>(() => again.StartAsync());
        var task = await admin.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.1");
        Assert.Equal(5, task.GetProperty("actual").GetDecimal());

        // Only the changed account is cut off: its colleague's connection, re-checked as often, stays open and writes.
        Assert.False(colleagueClosed.IsCompleted);
        Assert.True((await colleague.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = 7 })).GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task A_call_over_an_open_connection_whose_account_the_office_just_changed_is_refused_at_once()
    {
        // An hour's interval: the periodic re-check does not run during the test, so the call's own check must refuse.
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?> { ["Auth:ValidationInterval"] = "01:00:00" });
        var admin = await app.AdminClient();
        await Create(admin, "moved");
        await using var updates = app.UpdatesConnection(await Token(app, "moved"));
        await updates.StartAsync();
        Assert.True((await updates.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value = 8 })).GetProperty("ok").GetBoolean());

        // Moved to another unit: the connection still carries 城防办, which the account no longer answers for.
        (await admin.PutAsJsonAsync("/api/users/moved", new { role = "UnitHead", unit = "计划财务处" })).EnsureSuccessStatusCode();
        foreach (var value in new[] { 9, 10 })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => updates.InvokeAsync<JsonElement>("Report", "dagan100.1.1", new { value }));
            Assert.Contains("sign in again", refused.Message);
        }

        Assert.Equal(8, (await admin.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.1")).GetProperty("actual").GetDecimal());
    }
}
