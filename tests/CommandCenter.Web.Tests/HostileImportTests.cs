using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;

namespace CommandCenter.Web.Tests;

/// <summary>
/// Hostile task tables through <c>POST /api/campaigns/import</c>: each gets a clear 4xx (422 with row errors, 413 for an
/// oversized request), never a 5xx, and stores nothing; formula text round-trips as text.
/// </summary>
public sealed class HostileImportTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Header = "line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,unit_of_measure,due_date\n";

    private static readonly string[] Formulas = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)"];

    public static TheoryData<string, string> BadFiles() => new()
    {
        { "corrupt-zip", "plan.xlsx" },
        { "truncated-workbook", "plan.xlsx" },
        { "utf16-csv", "plan.csv" },
        { "binary-as-csv", "plan.csv" },
        { "hundred-thousand-rows", "plan.csv" },
        { "zip-bomb", "plan.xlsx" },
        { "zip-bomb-lying-sizes", "plan.xlsx" },
        { "huge-sheet", "plan.xlsx" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_hostile_table_is_422_with_errors_and_stores_nothing(string kind, string fileName)
    {
        var client = await App.AdminClient();
        var bytes = await Build(kind, client);
        var id = "hostile-" + kind;

        var response = await client.PostAsync("/api/campaigns/import", Form(bytes, fileName, id));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{kind}: {(int)response.StatusCode} {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString())));
        await AssertNothingStored(id);
    }

    [Fact]
    public async Task A_row_error_deep_in_a_large_table_names_its_row_and_stores_nothing()
    {
        var client = await App.AdminClient();
        var rows = Enumerable.Range(1, 5_000).Select(n => Row(n, n == 4_321 ? "NaN" : "10"));
        var response = await client.PostAsync("/api/campaigns/import", Form(Encoding.UTF8.GetBytes(Header + string.Concat(rows)), "plan.csv", "deep-error"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors);
        Assert.Equal((4_322, "target_value"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        await AssertNothingStored("deep-error");
    }

    [Fact]
    public async Task A_request_larger_than_the_limit_is_413_and_stores_nothing()
    {
        var client = await App.AdminClient();
        var bytes = new byte[(int)CommandCenter.Web.Features.Campaigns.CampaignPlanApi.MaxImportRequestBytes + 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        // Expect: 100-continue, as browsers and curl send for large bodies: the refusal comes before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/campaigns/import") { Content = Form(bytes, "plan.csv", "too-big") };
        request.Headers.ExpectContinue = true;
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingStored("too-big");
    }

    [Fact]
    public async Task Formula_text_is_imported_as_text_and_exported_as_text()
    {
        var client = await App.AdminClient();
        var lineTitle = Quoted(Formulas[0]);
        var csv = Header + string.Concat(Formulas.Select((f, i) => $"1,{lineTitle},Unit,Leader,1.{i + 1},{Quoted(f)},Unit,quantity,10,pcs,2026-12-31\n"));
        (await client.PostAsync("/api/campaigns/import", Form(Encoding.UTF8.GetBytes(csv), "plan.csv", "formulas"))).EnsureSuccessStatusCode();

        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/formulas");
        var titles = snapshot.GetProperty("lines")[0].GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()).ToList();
        Assert.Equal(Formulas, titles);

        // xlsx: every such cell is a plain string, never a formula.
        using (var workbook = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/api/campaigns/formulas/export?format=xlsx&language=en"))))
        {
            var cells = workbook.Worksheets.First().CellsUsed().Where(c => Formulas.Contains(c.GetString())).ToList();
            Assert.All(Formulas, f => Assert.Contains(cells, c => c.GetString() == f));
            Assert.All(cells, c => Assert.False(c.HasFormula, c.Address.ToString()));
            Assert.All(cells, c => Assert.Equal(XLDataType.Text, c.DataType));
        }

        // csv: guarded with an apostrophe so a spreadsheet shows text; it reads back unchanged.
        var exportedCsv = await client.GetByteArrayAsync("/api/campaigns/formulas/export?format=csv&language=en");
        var text = Encoding.UTF8.GetString(exportedCsv);
        Assert.All(Formulas, f => Assert.DoesNotContain("," + f, text));
        (await client.PostAsync("/api/campaigns/import", Form(exportedCsv, "plan.csv", "formulas-again"))).EnsureSuccessStatusCode();
        var again = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/formulas-again");
        Assert.Equal(Formulas, again.GetProperty("lines")[0].GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
    }

    private async Task AssertNothingStored(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync($"/api/campaigns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync($"/api/tasks/{id}.1.1")).StatusCode);
        var campaigns = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns");
        Assert.Equal(["dagan100"], campaigns.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static string Row(int n, string target = "10") =>
        $"1,Line,Unit,Leader,1.{n},Task {n},Unit,quantity,{target},pcs,2026-12-31\n";

    private static async Task<byte[]> Build(string kind, HttpClient client) => kind switch
    {
        "corrupt-zip" => [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 31))],
        "truncated-workbook" => (await client.GetByteArrayAsync("/api/campaigns/dagan100/export?format=xlsx")) is var x ? x[..(x.Length / 2)] : [],
        "utf16-csv" => Encoding.Unicode.GetBytes(Header + Row(1)),
        "binary-as-csv" => [.. Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7 + 3))],
        "hundred-thousand-rows" => Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Range(1, 100_000).Select(n => Row(n)))),
        "zip-bomb" => Workbooks.WithHugeSheet(lieAboutSize: false),
        "zip-bomb-lying-sizes" => Workbooks.WithHugeSheet(lieAboutSize: true),
        "huge-sheet" => Workbooks.SpanningTheWholeSheet(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static MultipartFormDataContent Form(byte[] file, string fileName, string id) => new()
    {
        { new ByteArrayContent(file), "file", fileName },
        { new StringContent("导入的专项行动"), "name" },
        { new StringContent("2026-10-11"), "startDate" },
        { new StringContent("2027-01-18"), "endDate" },
        { new StringContent(id), "id" },
    };

    /// <summary>Workbooks built to exhaust a reader: a sheet that unpacks to hundreds of MB, a sheet used out to its last cell.</summary>
    private static class Workbooks
    {
        private const string SheetEntry = "xl/worksheets/sheet1.xml";

        /// <summary>
        /// A real workbook whose sheet unpacks to 260 MB of XML (a few hundred KB packed). With
        /// <paramref name="lieAboutSize"/>, the zip's headers claim the sheet unpacks to 2 KB.
        /// </summary>
        public static byte[] WithHugeSheet(bool lieAboutSize)
        {
            var original = Plain();
            var output = new MemoryStream();
            using (var source = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read))
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                    if (entry.FullName == SheetEntry)
                    {
                        WriteHugeSheet(to);
                    }
                    else
                    {
                        using var from = entry.Open();
                        from.CopyTo(to);
                    }
                }
            }

            var bytes = output.ToArray();
            return lieAboutSize ? ClaimSmallSize(bytes, SheetEntry, 2048) : bytes;
        }

        /// <summary>A workbook with cells in A1 and the very last cell, XFD1048576.</summary>
        public static byte[] SpanningTheWholeSheet()
        {
            using var workbook = new XLWorkbook();
            var sheet = workbook.AddWorksheet("任务分解表");
            sheet.Cell(1, 1).Value = "line_code";
            sheet.Cell(1_048_576, 16_384).Value = "x";
            sheet.Range(2, 1, 1_048_576, 3).Merge();
            var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return stream.ToArray();
        }

        private static byte[] Plain()
        {
            using var workbook = new XLWorkbook();
            workbook.AddWorksheet("任务分解表").Cell(1, 1).Value = "line_code";
            var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return stream.ToArray();
        }

        private static void WriteHugeSheet(Stream to)
        {
            var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            to.Write(head);
            var row = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>炸弹</t></is></c></row>", 1000)));
            for (var written = 0L; written < 260L * 1024 * 1024; written += row.Length)
            {
                to.Write(row);
            }

            to.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
        }

        /// <summary>Rewrites the uncompressed size of <paramref name="name"/> in its local header and central directory entry.</summary>
        private static byte[] ClaimSmallSize(byte[] zip, string name, uint size)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            for (var i = 0; i + 46 < zip.Length; i++)
            {
                var signature = BitConverter.ToUInt32(zip, i);
                if (signature == 0x04034B50 && Matches(zip, i + 30, BitConverter.ToUInt16(zip, i + 26), nameBytes))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
                }
                else if (signature == 0x02014B50 && Matches(zip, i + 46, BitConverter.ToUInt16(zip, i + 28), nameBytes))
                {
                    BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
                }
            }

            return zip;
        }

        private static bool Matches(byte[] zip, int at, int length, byte[] name) =>
            length == name.Length && at + length <= zip.Length && zip.AsSpan(at, length).SequenceEqual(name);
    }
}
