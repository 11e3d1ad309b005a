using System.Diagnostics;
using Xunit.Abstractions;

namespace CommandCenter.Planning.Tests;

public sealed class VolumeTests(ITestOutputHelper output)
{
    private const int Rows = 10_000;

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void A_ten_thousand_row_table_reads_without_errors(string format)
    {
        var rows = SampleTasks.Many(Rows).ToArray();
        using var file = new MemoryStream();
        if (format == "xlsx")
        {
            TaskTableWriter.WriteXlsx(rows, file, TaskTableLanguage.Chinese);
        }
        else
        {
            TaskTableWriter.WriteCsv(rows, file, TaskTableLanguage.Chinese);
        }
        file.Position = 0;

        var clock = Stopwatch.StartNew();
        var result = TaskTableReader.Read(file, "tasks." + format);
        clock.Stop();

        output.WriteLine($"{Rows:N0}-row {format} ({file.Length / 1024:N0} KiB) read in {clock.ElapsedMilliseconds:N0} ms");
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(rows, result.Rows);
    }
}
