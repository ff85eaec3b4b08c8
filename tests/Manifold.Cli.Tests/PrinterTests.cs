namespace Manifold.Cli.Tests;

/// <summary>Details of the printers that the format goldens do not reach: multi-line values, wide characters,
/// varbinary, escaping.</summary>
public sealed class PrinterTests
{
    private static async Task<string> PrintAsync(string format, string sql)
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--output-format", format, "--execute", sql);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Out;
    }

    [Fact]
    public async Task Aligned_marks_continued_lines_with_plus_when_several_rows()
    {
        string output = await PrintAsync("ALIGNED", "SELECT * FROM (VALUES ('a' || chr(10) || 'bc', 1), ('d', 2)) t(x, n)");

        Assert.Equal(Golden.Text("""
             x  | n $
            ----+---$
             a +| 1 $
             bc |   $
             d  | 2 $
            (2 rows)$
            """), output);
    }

    [Fact]
    public async Task Aligned_single_row_multi_line_value_has_no_plus()
    {
        string output = await PrintAsync("ALIGNED", "SELECT 'a' || chr(10) || 'bc' AS x");

        Assert.Equal(Golden.Text("""
             x  $
            ----$
             a  $
             bc $
            (1 row)$
            """), output);
    }

    [Fact]
    public async Task Aligned_counts_east_asian_characters_as_two_columns()
    {
        string output = await PrintAsync("ALIGNED", "SELECT '日本' AS x, 'é' AS y");

        Assert.Equal(Golden.Text("""
              x   | y $
            ------+---$
             日本 | é $
            (1 row)$
            """), output);
    }

    [Fact]
    public async Task Aligned_wraps_varbinary_every_16_bytes_but_csv_does_not()
    {
        const string sql = "SELECT from_hex('000102030405060708090a0b0c0d0e0f10') AS b";

        Assert.Equal(Golden.Text("""
                                    b                        $
            -------------------------------------------------$
             00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f $
             10                                              $
            (1 row)$
            """), await PrintAsync("ALIGNED", sql));
        Assert.Equal("\"00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10\"\n", await PrintAsync("CSV", sql));
    }

    [Fact]
    public async Task Markdown_escapes_punctuation_and_line_breaks()
    {
        string output = await PrintAsync("MARKDOWN", "SELECT 'a|b*c' AS x, 'l1' || chr(10) || 'l2' AS y");

        Assert.Equal(Golden.Text("""
            | x       | y        |$
            | ------- | -------- |$
            | a\|b\*c | l1<br>l2 |$
            """), output);
    }

    [Fact]
    public async Task Tsv_escapes_tabs_newlines_and_backslashes()
    {
        string output = await PrintAsync("TSV", "SELECT 'a' || chr(9) || 'b\\c' || chr(10) AS x, NULL AS y");

        Assert.Equal("a\\tb\\\\c\\n\t\n", output);
    }

    [Fact]
    public async Task Vertical_puts_continuation_lines_under_the_value()
    {
        string output = await PrintAsync("VERTICAL", "SELECT 'a' || chr(10) || 'b' AS long_name, 1 AS n");

        Assert.Equal(Golden.Text("""
            -[ RECORD 1 ]$
            long_name | a$
                      | b$
            n         | 1$
            """), output);
    }

    [Fact]
    public async Task Update_counts_go_to_standard_error()
    {
        CliRunResult run = await CliRun.RunAsync("sql", "--execute",
            "CREATE TABLE memory.default.u AS SELECT * FROM tpch.tiny.region; DELETE FROM memory.default.u WHERE regionkey = 1; DROP TABLE memory.default.u");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Out);
        Assert.Equal("CREATE TABLE: 5 rows\nDELETE: 1 row\nDROP TABLE\n", run.Error);
    }
}
