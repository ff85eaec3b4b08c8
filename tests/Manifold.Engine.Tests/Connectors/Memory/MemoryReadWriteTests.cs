using Manifold.Engine.Connectors.Memory;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryReadWriteTests
{
    private const int PageRows = Page.DefaultMaxRowCount;

    private static readonly RowType s_nestedRow = SqlType.CreateRow([
        new RowField("a", SqlType.BigInt),
        new RowField("b", SqlType.CreateMap(SqlType.Varchar, SqlType.Double)),
        new RowField("c", SqlType.CreateArray(SqlType.CreateRow([new RowField("x", SqlType.Varchar), new RowField("y", SqlType.Date)]))),
    ]);

    /// <summary>Every type family, with two values and a NULL each.</summary>
    public static TheoryData<string, object?, object?> AllTypes => new()
    {
        { "boolean", true, false },
        { "tinyint", (sbyte)-128, (sbyte)127 },
        { "smallint", (short)-32768, (short)12345 },
        { "integer", int.MinValue, 42 },
        { "bigint", long.MaxValue, -1L },
        { "real", 1.5f, float.NegativeInfinity },
        { "double", Math.PI, double.NaN },
        { "decimal(10,2)", 12345L, -99L },
        { "decimal(38,5)", Int128.Parse("123456789012345678901234567890123"), (Int128)(-7) },
        { "varchar", "héllo wörld", "" },
        { "varchar(10)", "short", "x" },
        { "char(5)", "ab", "abcde" },
        { "varbinary", new byte[] { 0, 1, 255 }, Array.Empty<byte>() },
        { "json", "{\"a\":[1,2]}", "null" },
        { "date", 19000, -1 },
        { "time(3)", 3_600_000_000_000_000L, 0L },
        { "time(12)", 86_399_999_999_999_999L, 1L },
        { "timestamp(6)", 1_700_000_000_123_456L, -5L },
        { "timestamp(3) with time zone", new TimestampWithZone(1_700_000_000_000_000, TimeZoneKey.GetKey("+02:00")), new TimestampWithZone(0, TimeZoneKey.Utc) },
        { "interval year to month", 14L, -3L },
        { "interval day to second", 86_400_000L, 1L },
        { "uuid", Int128.Parse("-12345678901234567890"), (Int128)1 },
        { "array(bigint)", new object?[] { 1L, null, 3L }, Array.Empty<object?>() },
        { "array(array(varchar))", new object?[] { new object?[] { "a", "b" }, null, Array.Empty<object?>() }, new object?[] { new object?[] { null } } },
        { "map(varchar,array(integer))", Map(("k", new object?[] { 1, 2 }), ("n", null)), Map() },
        { "row(a bigint,b map(varchar,double),c array(row(x varchar,y date)))",
            new object?[] { 1L, Map(("pi", 3.14)), new object?[] { new object?[] { "p", 10 }, null } },
            new object?[] { null, null, null } },
        { "unknown", null, null },
    };

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Every_type_round_trips_through_insert_and_read(string typeName, object? first, object? second)
    {
        SqlType type = SqlType.Parse(typeName);
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("id", SqlType.Integer), ("v", type));
        object?[][] rows = [[1, first], [2, null], [3, second]];

        catalog.Insert(table, rows);

        List<string> expected = MemoryTestCatalog.Rows([MemoryTestCatalog.PageOf([SqlType.Integer, type], rows)]);
        Assert.Equal(expected, catalog.Read(table));
        Page page = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table)));
        Assert.Equal(type, page[1].Type);
    }

    [Fact]
    public void Nested_row_type_round_trips_across_page_boundaries()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("v", s_nestedRow));
        var rows = new object?[PageRows + 10][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = i % 7 == 0
                ? [null]
                : [new object?[] { (long)i, Map(("k" + i, i / 2.0)), new object?[] { new object?[] { "s" + i, i }, null } }];
        }
        Page input = MemoryTestCatalog.PageOf([s_nestedRow], rows);

        catalog.InsertPages(table, catalog.Columns(table), input.Slice(0, 1000), input.Slice(1000, rows.Length - 1000));

        Assert.Equal(MemoryTestCatalog.Rows([input]), catalog.Read(table, desiredSplits: 1));
    }

    [Fact]
    public void Projection_returns_only_the_requested_columns_in_the_requested_order()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar), ("c", SqlType.Double));
        catalog.Insert(table, [1L, "x", 1.5], [2L, null, 2.5]);

        Assert.Equal(["(1.5, 1)", "(2.5, 2)"], catalog.Read(table, [catalog.Column(table, "c"), catalog.Column(table, "a")]));
        Assert.Equal(["('x', 'x')", "(NULL, NULL)"], catalog.Read(table, [catalog.Column(table, "b"), catalog.Column(table, "b")]));
    }

    [Fact]
    public void Reads_return_the_stored_vectors_without_copying()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        catalog.Insert(table, [1L, "x"], [2L, "y"]);
        IReadOnlyList<ConnectorSplit> splits = catalog.Splits(table, 1);

        Page all = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), splits));
        Page again = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), splits));
        Page projected = Assert.Single(catalog.ReadPages(table, [catalog.Column(table, "b")], splits));

        Assert.Same(all, again);
        Assert.Same(all[1], projected[0]);
    }

    [Fact]
    public void Scanning_allocates_no_column_data()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Double), ("c", SqlType.Varchar));
        const int pages = 100;
        Page input = Sequence(0, pages * PageRows);
        var text = BytesVector.FromStrings(SqlType.Varchar, Enumerable.Range(0, input.RowCount).Select(i => (string?)"row" + i).ToList());
        catalog.InsertPages(table, catalog.Columns(table), new Page(input.RowCount, input[0], new FlatVector<double>(SqlType.Double, new double[input.RowCount]), text));
        ConnectorSplit split = Assert.Single(catalog.Splits(table, 1));
        IReadOnlyList<ConnectorColumnHandle> all = catalog.Columns(table);
        IReadOnlyList<ConnectorColumnHandle> projected = [catalog.Column(table, "c"), catalog.Column(table, "a")];
        Scan(all);
        Scan(projected);

        long before = GC.GetAllocatedBytesForCurrentThread();
        int rows = Scan(all) + Scan(projected);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2 * pages * PageRows, rows);
        Assert.True(allocated < 2 * pages * 200, $"two scans of {pages} pages allocated {allocated} bytes");

        int Scan(IReadOnlyList<ConnectorColumnHandle> columns)
        {
            int count = 0;
            using IConnectorPageSource source = catalog.Connector.PageSourceProvider.CreatePageSource(catalog.Session, split, table, columns);
            while (source.GetNextPageAsync(CancellationToken.None).Result is { } page)
            {
                count += page.RowCount;
            }
            return count;
        }
    }

    [Fact]
    public void Reading_zero_columns_returns_pages_with_only_row_counts()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), Sequence(0, PageRows + 5));

        List<Page> pages = catalog.ReadPages(table, [], catalog.Splits(table));

        Assert.All(pages, page => Assert.Equal(0, page.ColumnCount));
        Assert.Equal(PageRows + 5, pages.Sum(page => page.RowCount));
    }

    [Fact]
    public void Empty_table_has_no_splits()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        Assert.Empty(catalog.Splits(table));
        Assert.Empty(catalog.Read(table));
    }

    [Fact]
    public void Inserted_data_is_stored_in_pages_of_at_most_the_default_row_count()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        Page input = Sequence(0, 3 * PageRows + 17);

        catalog.InsertPages(table, catalog.Columns(table), input.Slice(0, 100), input.Slice(100, 5000), input.Slice(5100, input.RowCount - 5100));

        List<Page> pages = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 1));
        Assert.Equal([PageRows, PageRows, PageRows, 17], pages.Select(p => p.RowCount));
        Assert.Equal(MemoryTestCatalog.Rows([input]), MemoryTestCatalog.Rows(pages));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100)]
    public void Splits_cover_every_row_exactly_once(int desiredSplits)
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        const int rowCount = 10 * PageRows + 123;
        catalog.InsertPages(table, catalog.Columns(table), Sequence(0, rowCount));

        IReadOnlyList<ConnectorSplit> splits = catalog.Splits(table, desiredSplits);

        Assert.Equal(Math.Min(desiredSplits, 11), splits.Count);
        var seen = new List<long>();
        foreach (ConnectorSplit split in splits)
        {
            foreach (Page page in catalog.ReadPages(table, catalog.Columns(table), [split]))
            {
                for (int i = 0; i < page.RowCount; i++)
                {
                    seen.Add((long)page[0].GetObject(i)!);
                }
            }
        }
        seen.Sort();
        Assert.Equal(Enumerable.Range(0, rowCount).Select(i => (long)i), seen);
    }

    [Fact]
    public void Constant_and_dictionary_inputs_are_stored_flat()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar), ("c", SqlType.CreateArray(SqlType.BigInt)));
        Vector dictionary = BytesVector.FromStrings(SqlType.Varchar, ["red", "green", null]);
        Vector arrays = MemoryTestCatalog.PageOf([SqlType.CreateArray(SqlType.BigInt)], [new object?[] { 1L, 2L }], [null])[0];
        var input = new Page(
            5,
            ConstantVector.Of(SqlType.BigInt, 9L, 5),
            new DictionaryVector(dictionary, [0, 1, 2, 1, 0], 5),
            new DictionaryVector(arrays, [1, 0, 0, 1, 0], 5));

        catalog.InsertPages(table, catalog.Columns(table), input);

        Page stored = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table)));
        Assert.Equal([VectorEncoding.Flat, VectorEncoding.Bytes, VectorEncoding.Array], stored.Columns.Select(c => c.Encoding));
        Assert.Equal(
            ["(9, 'red', NULL)", "(9, 'green', [1, 2])", "(9, NULL, [1, 2])", "(9, 'green', NULL)", "(9, 'red', [1, 2])"],
            MemoryTestCatalog.Rows([stored]));
    }

    [Fact]
    public void Stored_vectors_do_not_keep_the_callers_large_buffers()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        long[] big = new long[1_000_000];
        big[10] = 77;
        byte[] text = new byte[1_000_000];
        text[0] = (byte)'z';
        var input = new Page(
            1,
            new FlatVector<long>(SqlType.BigInt, big, null, 1_000_000).Slice(10, 1),
            new BytesVector(SqlType.Varchar, text, [0, 1], null, 1));

        catalog.InsertPages(table, catalog.Columns(table), input);

        Page stored = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table)));
        Assert.Equal(["(77, 'z')"], MemoryTestCatalog.Rows([stored]));
        Assert.True(stored.RetainedBytes < 1_000, $"stored page retains {stored.RetainedBytes} bytes");
        Assert.NotSame(big, ((FlatVector<long>)stored[0]).Values);
        Assert.True(catalog.Node.ReservedBytes < 1_000);
    }

    [Fact]
    public void Changing_the_callers_buffers_after_append_does_not_change_stored_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        long[] values = [1, 2, 3];
        var input = new Page(3, new FlatVector<long>(SqlType.BigInt, values));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(input, CancellationToken.None).AsTask().Wait();

        values[0] = 100;   // a pooled buffer being reused by the caller
        catalog.Metadata.FinishInsert(catalog.Session, insert, sink.FinishAsync(CancellationToken.None).AsTask().Result);

        Assert.Equal(["(1)", "(2)", "(3)"], catalog.Read(table));
    }

    [Fact]
    public void Insert_into_some_columns_leaves_the_others_null()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar), ("c", SqlType.Double));
        Page input = MemoryTestCatalog.PageOf([SqlType.Double, SqlType.BigInt], [2.5, 1L]);

        catalog.InsertPages(table, [catalog.Column(table, "c"), catalog.Column(table, "a")], input);

        Assert.Equal(["(1, NULL, 2.5)"], catalog.Read(table));
    }

    [Fact]
    public void Rows_are_invisible_until_finish_insert()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(Sequence(0, 5000), CancellationToken.None).AsTask().Wait();
        IReadOnlyList<object> fragments = sink.FinishAsync(CancellationToken.None).AsTask().Result;

        Assert.Empty(catalog.Read(table));
        catalog.Metadata.FinishInsert(catalog.Session, insert, fragments);
        Assert.Equal(5000, catalog.Read(table).Count);
    }

    [Fact]
    public void Aborted_insert_leaves_the_table_unchanged_and_frees_its_memory()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L]);
        long before = catalog.Node.ReservedBytes;
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(Sequence(0, 5000), CancellationToken.None).AsTask().Wait();
        Assert.True(catalog.Node.ReservedBytes > before);

        sink.Abort();

        Assert.Equal(before, catalog.Node.ReservedBytes);
        Assert.Equal(["(1)"], catalog.Read(table));
    }

    [Fact]
    public void Abort_after_finish_releases_an_uncommitted_fragment_once()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(Sequence(0, 10), CancellationToken.None).AsTask().Wait();
        IReadOnlyList<object> fragments = sink.FinishAsync(CancellationToken.None).AsTask().Result;

        sink.Abort();
        sink.Abort();

        Assert.Equal(0, catalog.Node.ReservedBytes);
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.FinishInsert(catalog.Session, insert, fragments));
        Assert.Equal(StandardErrorCode.GenericInternalError, error.ErrorCode);
        Assert.Empty(catalog.Read(table));
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Finish_insert_into_a_dropped_table_fails_and_frees_the_fragments()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, catalog.Columns(table));
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(Sequence(0, 10), CancellationToken.None).AsTask().Wait();
        IReadOnlyList<object> fragments = sink.FinishAsync(CancellationToken.None).AsTask().Result;

        catalog.Metadata.DropTable(catalog.Session, table);

        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.FinishInsert(catalog.Session, insert, fragments));
        Assert.Equal(StandardErrorCode.TableNotFound, error.ErrorCode);
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Null_into_a_not_null_column_fails_with_constraint_violation()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateTable(catalog.Session, new TableMetadata(
            new SchemaTableName("default", "t"), [new ColumnMetadata("a", SqlType.BigInt, Nullable: false), new ColumnMetadata("b", SqlType.BigInt)]));
        ConnectorTableHandle table = catalog.Handle("t");

        var error = Assert.Throws<ManifoldException>(() => catalog.Insert(table, [1L, 1L], [null, 2L]));
        Assert.Equal(StandardErrorCode.ConstraintViolation, error.ErrorCode);
        Assert.Equal("NULL value not allowed for NOT NULL column: a", error.Message);
        var omitted = Assert.Throws<ManifoldException>(() => catalog.Metadata.BeginInsert(catalog.Session, table, [catalog.Column(table, "b")]));
        Assert.Equal(StandardErrorCode.ConstraintViolation, omitted.ErrorCode);
        Assert.Empty(catalog.Read(table));
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Values_of_a_different_layout_are_rejected()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        Assert.Throws<ManifoldException>(() => catalog.InsertPages(table, catalog.Columns(table), MemoryTestCatalog.PageOf([SqlType.Varchar], ["x"])));
    }

    [Fact]
    public void Values_of_a_compatible_type_are_stored_with_the_column_type()
    {
        using var catalog = new MemoryTestCatalog();
        SqlType bounded = SqlType.CreateVarchar(5);
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", bounded), ("b", SqlType.BigInt));
        var input = new Page(1, BytesVector.FromStrings(SqlType.Varchar, ["abc"]), Vector.NullVector(SqlType.Unknown, 1));

        catalog.InsertPages(table, catalog.Columns(table), input);

        Page stored = Assert.Single(catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table)));
        Assert.Equal(bounded, stored[0].Type);
        Assert.Equal(SqlType.BigInt, stored[1].Type);
        Assert.Equal(["('abc', NULL)"], MemoryTestCatalog.Rows([stored]));
    }

    [Fact]
    public void Many_single_row_inserts_are_merged_into_full_pages()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        const int inserts = PageRows + 3;
        for (int i = 0; i < inserts; i++)
        {
            catalog.Insert(table, [(long)i, "v" + i]);
        }

        List<Page> pages = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 1));

        Assert.Equal([PageRows, 3], pages.Select(p => p.RowCount));
        Assert.Equal(Enumerable.Range(0, inserts).Select(i => $"({i}, 'v{i}')"), MemoryTestCatalog.Rows(pages));
        Assert.Equal(Enumerable.Range(0, inserts).Select(i => (long)i), catalog.RowIds(table));
        long stored = pages.Sum(p => p.RetainedBytes);
        Assert.Equal(stored, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Limit_pushdown_returns_exactly_the_limit()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), Sequence(0, 3 * PageRows));

        LimitPushdownResult result = catalog.Metadata.ApplyLimit(catalog.Session, table, PageRows + 10)!;

        Assert.True(result.LimitGuaranteed);
        Assert.Equal(PageRows + 10, catalog.Metadata.GetTableStatistics(catalog.Session, result.Table).RowCount);
        Assert.Equal(Enumerable.Range(0, PageRows + 10).Select(i => $"({i})"), catalog.Read(result.Table, catalog.Columns(table), 8));
        Assert.Null(catalog.Metadata.ApplyLimit(catalog.Session, result.Table, PageRows * 5));
        Assert.Empty(catalog.Read(catalog.Metadata.ApplyLimit(catalog.Session, table, 0)!.Table, catalog.Columns(table)));
    }

    internal static Page Sequence(long start, int count)
    {
        var values = new long[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = start + i;
        }
        return new Page(count, new FlatVector<long>(SqlType.BigInt, values));
    }

    private static MapValue Map(params (object Key, object? Value)[] entries)
        => new(entries.Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)).ToList());
}
