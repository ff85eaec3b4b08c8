using System.Globalization;
using System.Security.Cryptography;
using Manifold.Testing;

namespace Manifold.Cli.Tests;

/// <summary><c>manifold tpch gen</c> writes dbgen-identical files and reports them.</summary>
public sealed class TpchGenTests
{
    [Fact]
    public async Task Scale_0_01_files_match_the_dbgen_checksums()
    {
        string checksums = SharedCorpus.Require("tpch/fixtures/CHECKSUMS.tsv");
        var expected = new Dictionary<string, (long Rows, long Bytes, string Md5)>();
        foreach (string line in File.ReadLines(checksums).Skip(1))
        {
            string[] fields = line.Split('\t');
            if (fields[0] == "0.01")
            {
                expected[fields[1]] = (long.Parse(fields[2], CultureInfo.InvariantCulture), long.Parse(fields[3], CultureInfo.InvariantCulture), fields[4]);
            }
        }
        Assert.Equal(8, expected.Count);
        using var directory = new TempDirectory();

        CliRunResult run = await CliRun.RunAsync("tpch", "gen", "--scale", "0.01", "--out", directory.Path, "--parallelism", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        string[] report = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"TPC-H scale 0.01 (tbl) -> {directory.Path}", report[0]);
        Assert.Equal(10, report.Length);
        long totalRows = 0;
        long totalBytes = 0;
        foreach (var (table, (rows, bytes, md5)) in expected)
        {
            string path = Path.Combine(directory.Path, table + ".tbl");
            Assert.Equal(bytes, new FileInfo(path).Length);
            Assert.Equal(md5, Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(path))));
            string reported = Assert.Single(report, l => l.StartsWith(table + ".tbl ", StringComparison.Ordinal));
            Assert.Matches($@"^{table}\.tbl +{rows.ToString("N0", CultureInfo.InvariantCulture)} rows +{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes +\d+\.\d\d s$", reported);
            totalRows += rows;
            totalBytes += bytes;
        }
        Assert.Matches($@"^total +{totalRows.ToString("N0", CultureInfo.InvariantCulture)} rows +{totalBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes +\d+\.\d\d s$", report[^1]);
    }

    [Fact]
    public async Task Chosen_tables_in_csv_get_a_header_and_nothing_else_is_written()
    {
        using var directory = new TempDirectory();

        CliRunResult run = await CliRun.RunAsync("tpch", "gen", "--scale", "0.01", "--out", directory.Path, "--tables", "region, nation", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["nation.csv", "region.csv"], Directory.GetFiles(directory.Path).Select(Path.GetFileName).Order());
        string[] region = File.ReadAllLines(Path.Combine(directory.Path, "region.csv"));
        Assert.Equal(6, region.Length);
        Assert.StartsWith("r_regionkey,r_name,r_comment", region[0]);
        Assert.StartsWith("0,AFRICA,", region[1]);
        string[] report = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("region.csv ", report[1]);
        Assert.StartsWith("nation.csv ", report[2]);
        Assert.Matches(@"^total +30 rows ", report[3]);
    }
}
