using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The language scan of a page's visible text: in Chinese mode no Latin letters, in English mode no CJK characters —
/// except data (the demo seed's values and the test's own: names, units, titles, codes, grid tables, user names),
/// words marked as another language (<c>lang</c>, the switch's 中文 / English), the product's name and the few
/// abbreviations Chinese text writes in Latin letters (file formats, MB).
/// </summary>
public static partial class LanguageScan
{
    /// <summary>Written in Latin letters in Chinese text too: the product's name, file formats and encodings (GB18030's letters) and sizes.</summary>
    private static readonly string[] LatinInChinese = ["CommandCenter", "Orleans", "Excel", "Word", "CSV", "csv", "xlsx", "PDF", "JPEG", "PNG", "WebP", "UTF-8", "GB", "MB", "KB"];

    [GeneratedRegex(@"[A-Za-z]+(?:[-.][A-Za-z0-9]+)*")]
    private static partial Regex Latin();

    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF5E]+")]
    private static partial Regex Cjk();

    /// <summary>Every page of the office and the phone, from the routes (<c>@page</c>), its parameters filled from the demo campaign.</summary>
    public static IReadOnlyList<string> Pages(IReadOnlyDictionary<string, string> parameters)
    {
        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template)
            .Where(t => !t.StartsWith("/wall", StringComparison.Ordinal));
        var pages = new List<string>();
        foreach (var route in routes.Distinct().Order())
        {
            var filled = Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", m => parameters.TryGetValue(m.Groups[1].Value, out var v) ? v : "\0");
            if (!filled.Contains('\0'))
            {
                pages.Add(filled);
            }
        }

        // LANGUAGE_SCAN_PAGES=/people,/today scans only those pages (to check one page while localising it).
        var only = Environment.GetEnvironmentVariable("LANGUAGE_SCAN_PAGES");
        return string.IsNullOrWhiteSpace(only) ? pages : pages.Where(p => only.Split(',').Contains(p)).ToList();
    }

    /// <summary>
    /// The data values the pages may show as they are: every string of the demo seed (its English names only in
    /// English mode; not its enum values), the grid table the tests import, plus the test's own (user names, a case).
    /// </summary>
    public static IReadOnlyList<string> Data(IEnumerable<string> own, bool english)
    {
        var seed = Path.Combine(RepositoryFolder.Find(), "grains", "CommandCenter.Grains", "Seeding", "demo-campaign.json");
        var values = new List<string>(own);
        Collect(JsonDocument.Parse(File.ReadAllText(seed)).RootElement, values, english);
        foreach (var line in GridFiles.Table.Split('\n').Skip(1))
        {
            values.AddRange(line.Trim().Split(','));
        }

        // A value's own runs of letters are data too (the campaign's name is shown in two runs around its space).
        values.AddRange(values.SelectMany(v => (english ? Cjk() : Latin()).Matches(v).Select(m => m.Value)).ToList());
        return values.Where(v => v.Length > 0).Distinct().OrderByDescending(v => v.Length).ToList();
    }

    private static void Collect(JsonElement element, List<string> values, bool english, string? key = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when key != "targetKind" && (english || key is null || !key.EndsWith("En", StringComparison.Ordinal)):
                values.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, values, english, key);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Collect(property.Value, values, english, property.Name);
                break;
        }
    }

    /// <summary>The page's visible text without the words marked as another language (<c>lang</c> not the page's).</summary>
    public static Task<string> VisibleText(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const own = document.documentElement.lang.slice(0, 2);
            // Words marked as another language or as not to be translated (names, codes: translate="no"), and icons (a
            // ligature font draws "menu" as ☰: not text).
            const hidden = [...document.body.querySelectorAll('[lang]')].filter(e => e.lang.slice(0, 2) !== own)
                .concat([...document.body.querySelectorAll('.rzi, .material-icons, [translate="no"], code')]);
            hidden.forEach(e => e.dataset.scanDisplay = e.style.display);
            hidden.forEach(e => e.style.display = 'none');
            const text = document.body.innerText;
            hidden.forEach(e => e.style.display = e.dataset.scanDisplay);
            return text;
        }
        """);

    /// <summary>
    /// The runs of the other language's letters in <paramref name="text"/> (CJK runs in English mode, Latin words in
    /// Chinese mode) that are not wholly made of data values.
    /// </summary>
    public static IReadOnlyList<string> Offending(string text, bool english, IReadOnlyList<string> data)
    {
        var runs = (english ? Cjk() : Latin()).Matches(text).Select(m => m.Value).Distinct();
        return runs.Where(run => !Covered(run, english, data)).ToList();
    }

    private static bool Covered(string run, bool english, IReadOnlyList<string> data)
    {
        if (!english && LatinInChinese.Contains(run))
        {
            return true;
        }

        var rest = run;
        foreach (var value in data)
        {
            rest = rest.Replace(value, " ", StringComparison.Ordinal);
        }

        return english ? !rest.Any(char.IsLetter) : rest.Trim().Length == 0;
    }
}
