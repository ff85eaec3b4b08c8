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
