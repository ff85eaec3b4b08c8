using Manifold.Engine.Connectors.Memory;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryLimitTests
{
    private const int PageRows = Page.DefaultMaxRowCount;

    private static Dictionary<string, string> Limit(string size) => new() { ["memory.max-data-per-node"] = size };

    [Theory]
    [InlineData("10B", 10L)]
    [InlineData("512kB", 512L * 1024)]
    [InlineData("128MB", 128L * 1024 * 1024)]
    [InlineData("1.5GB", 1536L * 1024 * 1024)]
    [InlineData("2 gb", 2L * 1024 * 1024 * 1024)]
    [InlineData("1TB", 1024L * 1024 * 1024 * 1024)]
    public void Data_sizes_are_parsed_as_trino_writes_them(string text, long bytes)
    {
        Assert.True(MemoryConfig.TryParseDataSize(text, out long parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("12")]
    [InlineData("12XB")]
    [InlineData("-1MB")]
    [InlineData("99999999PB")]
    public void Bad_data_sizes_fail_with_configuration_invalid(string text)
    {
        var error = Assert.Throws<ManifoldException>(() => new MemoryTestCatalog(Limit(text)));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, error.ErrorCode);
    }

    [Fact]
    public void Unknown_catalog_properties_fail_with_configuration_invalid()
    {
        var error = Assert.Throws<ManifoldException>(() => new MemoryTestCatalog(new Dictionary<string, string> { ["memory.nope"] = "1" }));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, error.ErrorCode);
        Assert.Equal("Configuration property 'memory.nope' is not known to the memory connector", error.Message);
    }

    [Fact]
    public void Stored_bytes_are_charged_to_the_node_context()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("s", SqlType.Varchar));
        Assert.Equal(0, catalog.Node.ReservedBytes);
        var rows = Enumerable.Range(0, 5000).Select(i => new object?[] { (long)i, new string('x', i % 50) }).ToArray();

        catalog.Insert(table, rows);

        long stored = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table)).Sum(p => p.RetainedBytes);
        Assert.Equal(stored, catalog.Node.ReservedBytes);
        Assert.True(stored > 5000 * 8 + rows.Sum(r => ((string)r[1]!).Length));
    }

    [Fact]
    public void Insert_over_the_catalog_limit_fails_leaves_the_table_unchanged_and_frees_its_reservation()
    {
        using var catalog = new MemoryTestCatalog(Limit("64kB"));
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 1000));
        long before = catalog.Node.ReservedBytes;
        List<string> rowsBefore = catalog.Read(table);

        var error = Assert.Throws<ManifoldException>(
            () => catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(1000, 10 * PageRows)));

        Assert.Equal(StandardErrorCode.ExceededLocalMemoryLimit, error.ErrorCode);
        Assert.Equal("Memory limit of 64kB for catalog 'memory' exceeded", error.Message);
        Assert.Equal(before, catalog.Node.ReservedBytes);
        Assert.Equal(rowsBefore, catalog.Read(table));

        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(1000, 100));
        Assert.Equal(1100, catalog.Read(table).Count);
    }

    [Fact]
    public void Insert_over_the_limit_through_several_sinks_frees_every_sink_after_abort()
    {
        using var catalog = new MemoryTestCatalog(Limit("100kB"));
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink first = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        IConnectorPageSink second = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        first.AppendAsync(MemoryReadWriteTests.Sequence(0, 4 * PageRows), CancellationToken.None).AsTask().Wait();
        IReadOnlyList<object> firstFragments = first.FinishAsync(CancellationToken.None).AsTask().Result;
        Assert.True(catalog.Node.ReservedBytes > 0);

        var error = Assert.Throws<ManifoldException>(
            () => second.AppendAsync(MemoryReadWriteTests.Sequence(0, 4 * PageRows), CancellationToken.None).AsTask().GetAwaiter().GetResult());
        Assert.Equal(StandardErrorCode.ExceededLocalMemoryLimit, error.ErrorCode);

        first.Abort();   // the engine aborts every sink of a failed insert
        second.Abort();
        Assert.Equal(0, catalog.Node.ReservedBytes);
        Assert.Empty(catalog.Read(table));
        Assert.NotEmpty(firstFragments);
    }

    [Fact]
    public void Node_limit_applies_when_the_catalog_has_none()
    {
        using var catalog = new MemoryTestCatalog(nodeLimit: 50_000);
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));

        var error = Assert.Throws<ManifoldException>(
            () => catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 10 * PageRows)));

        Assert.Equal(StandardErrorCode.ExceededLocalMemoryLimit, error.ErrorCode);
        Assert.Contains("node", error.Message);
        Assert.Equal(0, catalog.Node.ReservedBytes);
        Assert.Empty(catalog.Read(table));
    }

    [Fact]
    public void Update_over_the_limit_fails_and_leaves_the_table_unchanged()
    {
        using var catalog = new MemoryTestCatalog(Limit("40kB"));
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("s", SqlType.Varchar));
        catalog.Insert(table, [1L, "x"], [2L, "y"]);
        long before = catalog.Node.ReservedBytes;

        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [catalog.RowIds(table)[0]]), [catalog.Column(table, "s")],
            MemoryTestCatalog.PageOf([SqlType.Varchar], [new string('z', 50_000)])));

        Assert.Equal(StandardErrorCode.ExceededLocalMemoryLimit, error.ErrorCode);
        Assert.Equal(before, catalog.Node.ReservedBytes);
        Assert.Equal(["(1, 'x')", "(2, 'y')"], catalog.Read(table));
    }

    [Fact]
    public void Memory_freed_by_drop_can_be_used_again()
    {
        using var catalog = new MemoryTestCatalog(Limit("100kB"));
        for (int round = 0; round < 5; round++)
        {
            ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
            catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 4 * PageRows));
            catalog.Metadata.DropTable(catalog.Session, table);
        }
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }
}
