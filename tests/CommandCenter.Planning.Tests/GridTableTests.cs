using System.Text;
using ClosedXML.Excel;
using CommandCenter.Planning.Grids;

namespace CommandCenter.Planning.Tests;

public sealed class GridTableTests
{
    private static async Task<GridTableReadResult> Read(byte[] bytes, string name) =>
        await GridTableReader.ReadAsync(new MemoryStream(bytes), name);

    [Fact]
    public async Task An_xlsx_with_a_title_row_hints_and_columns_in_any_order_reads_every_grid()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("网格");
        sheet.Cell(1, 1).SetValue("金安区城市管理网格表");
        string[] header = ["网格员", "网格名称（必填）", "所属街道", "网格编号（必填）", "网格长", "边界"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(2, c + 1).SetValue(header[c]);
        }

        string[] row = ["王五、赵六", "城北一网格", "城北街道", "JA-001", "张三", """{"type":"Polygon","coordinates":[[[116.5,31.7],[116.6,31.7],[116.6,31.8],[116.5,31.7]]]}"""];
        for (var c = 0; c < row.Length; c++)
        {
            sheet.Cell(3, c + 1).SetValue(row[c]);
        }

        using var file = new MemoryStream();
        workbook.SaveAs(file);

        var result = await Read(file.ToArray(), "grids.xlsx");
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var grid = Assert.Single(result.Rows);
        Assert.Equal(("JA-001", "城北一网格", "城北街道", "张三"), (grid.Code, grid.Name, grid.District, grid.GridHead));
        Assert.Equal(["王五", "赵六"], grid.Members);
        Assert.Contains("Polygon", grid.GeoJson);
    }

    [Fact]
    public async Task Utf8_and_gb18030_csv_read_alike_and_every_bad_row_is_reported_with_nothing_returned()
    {
        const string Csv = "grid_code,grid_name,geojson\nJA-001,一网格,\nJA-002,,\nJA-001,重复,\nJA-004,四网格,\"{\"\"type\"\":\"\"Point\"\"}\"\n";
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(Csv), TestFiles.Gb18030.GetBytes(Csv) })
        {
            var result = await Read(bytes, "grids.csv");
            Assert.Empty(result.Rows);
            Assert.Equal([(3, "grid_name"), (4, "grid_code"), (5, "geojson")], result.Errors.Select(e => (e.Row, e.Column)));
        }
    }

    [Fact]
    public async Task Empty_and_legacy_files_are_errors()
    {
        Assert.False((await Read([], "g.csv")).IsValid);
        Assert.False((await Read([0xD0, 0xCF, 0x11, 0xE0, 0, 0], "g.xls")).IsValid);
        Assert.False((await Read(Encoding.UTF8.GetBytes("名称,备注\nx,y\n"), "g.csv")).IsValid);
    }
}
