using Manifold.Engine.Connectors.Tpch;

namespace Manifold.Engine.Tests.Connectors.Tpch;

public sealed class TpchDataWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "manifold-tpch-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task Every_table_at_scale_0_01_has_the_dbgen_md5()
    {
        IReadOnlyList<TpchFixtures.Checksum> expected = TpchFixtures.Checksums("0.01");
        IReadOnlyList<TpchWrittenFile> files = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(0.01, _directory), TestContext.Current.CancellationToken);

        Assert.Equal(8, expected.Count);
        AssertMatches(expected, files);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_table_at_scale_0_1_has_the_dbgen_md5()
    {
        IReadOnlyList<TpchFixtures.Checksum> expected = TpchFixtures.Checksums("0.1");
        IReadOnlyList<TpchWrittenFile> files = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(0.1, _directory), TestContext.Current.CancellationToken);

        AssertMatches(expected, files);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_table_at_scale_1_has_the_dbgen_md5()
    {
        IReadOnlyList<TpchFixtures.Checksum> expected = TpchFixtures.Checksums("1");
        IReadOnlyList<TpchWrittenFile> files = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(1, _directory), TestContext.Current.CancellationToken);

        AssertMatches(expected, files);
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_fields_with_commas()
    {
        IReadOnlyList<TpchWrittenFile> files = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(0.01, _directory) { Tables = [TpchTable.Supplier, TpchTable.Nation], Format = TpchFileFormat.Csv, Parallelism = 3 },
            TestContext.Current.CancellationToken);

        Assert.Equal(["supplier.csv", "nation.csv"], files.Select(f => Path.GetFileName(f.Path)));
        string[] lines = File.ReadAllText(files[0].Path).Split('\n');
        Assert.Equal("s_suppkey,s_name,s_address,s_nationkey,s_phone,s_acctbal,s_comment", lines[0]);
        Assert.Equal("", lines[^1]);
        string[][] expected = TpchFixtures.TinyFields(TpchTable.Supplier);
        Assert.Equal(expected.Length + 2, lines.Length);
        Assert.Equal(100, files[0].Rows);
        int quoted = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            string[] fields = ParseCsvLine(lines[i + 1]);
            Assert.Equal(expected[i][..^1], fields);
            quoted += lines[i + 1].Contains('"') ? 1 : 0;
        }
        Assert.True(quoted > 0, "no supplier row needed quoting");
        Assert.Equal(new FileInfo(files[0].Path).Length, files[0].Bytes);
    }

    [Fact]
    public async Task Output_does_not_depend_on_parallelism()
    {
        IReadOnlyList<TpchWrittenFile> one = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(0.01, Path.Combine(_directory, "one")) { Tables = [TpchTable.LineItem, TpchTable.PartSupp], Parallelism = 1 },
            TestContext.Current.CancellationToken);
        IReadOnlyList<TpchWrittenFile> four = await TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(0.01, Path.Combine(_directory, "four")) { Tables = [TpchTable.LineItem, TpchTable.PartSupp], Parallelism = 4 },
            TestContext.Current.CancellationToken);
        for (int i = 0; i < one.Count; i++)
        {
            Assert.Equal(File.ReadAllBytes(one[i].Path), File.ReadAllBytes(four[i].Path));
        }
    }

    [Fact]
    public async Task Cancellation_stops_the_writer()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(1, _directory) { Tables = [TpchTable.LineItem] }, cancellation.Token));
        Assert.False(File.Exists(Path.Combine(_directory, "lineitem.tbl")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.00001)]
    [InlineData(double.NaN)]
    public async Task Unusable_scale_factor_is_rejected(double scaleFactor)
    {
        var exception = await Assert.ThrowsAsync<Manifold.Spi.Errors.ManifoldException>(() => TpchDataWriter.WriteAsync(
            new TpchDataWriterOptions(scaleFactor, _directory), TestContext.Current.CancellationToken));
        Assert.Equal(Manifold.Spi.Errors.StandardErrorCode.InvalidArguments, exception.ErrorCode);
    }

    [Fact]
    public void Table_names_parse_case_insensitively()
    {
        Assert.True(TpchDataWriter.TryParseTable(" LineItem ", out TpchTable table));
        Assert.Equal(TpchTable.LineItem, table);
        Assert.False(TpchDataWriter.TryParseTable("lineitems", out _));
        Assert.Equal(8, TpchDataWriter.TableNames.Count);
    }

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    private static void AssertMatches(IReadOnlyList<TpchFixtures.Checksum> expected, IReadOnlyList<TpchWrittenFile> files)
    {
        Assert.Equal(expected.Count, files.Count);
        foreach (TpchFixtures.Checksum checksum in expected)
        {
            TpchWrittenFile file = Assert.Single(files, f => f.Table == TpchFixtures.ParseTable(checksum.Table));
            Assert.Equal(Path.GetFileName(file.Path), checksum.Table + ".tbl");
            Assert.Equal((checksum.Table, checksum.Rows, checksum.Bytes), (checksum.Table, file.Rows, file.Bytes));
            Assert.Equal((checksum.Table, checksum.Md5), (checksum.Table, TpchFixtures.Md5OfFile(file.Path)));
        }
    }
}
