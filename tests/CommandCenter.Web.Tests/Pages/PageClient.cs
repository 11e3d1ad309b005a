using System.Text.RegularExpressions;

namespace CommandCenter.Web.Tests.Pages;

/// <summary>A browser-like HTTP client for the server-rendered pages: keeps cookies, does not follow redirects.</summary>
public sealed partial class PageClient(CommandCenterApp app) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = app.BaseAddress,
    };

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    public Task<HttpResponseMessage> Send(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>Posts the sign-in form as a browser would (with the page's antiforgery token); returns the response.</summary>
    public async Task<HttpResponseMessage> SignIn(string userName, string password, string returnUrl = "")
    {
        var path = "/signin" + (returnUrl.Length > 0 ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : "");
        var form = await (await _http.GetAsync(path)).Content.ReadAsStringAsync();
        return await _http.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["_handler"] = "signin",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Posts the sign-out form from <paramref name="page"/>.</summary>
    public async Task<HttpResponseMessage> SignOut(string page = "/")
    {
        var html = await (await _http.GetAsync(page)).Content.ReadAsStringAsync();
        return await _http.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(html) }));
    }

    public static string Token(string html) =>
        AntiforgeryField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public void Dispose() => _http.Dispose();
}
