using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryRowChangeTests
{
    private const int PageRows = Page.DefaultMaxRowCount;

    [Fact]
    public void Row_id_column_is_a_hidden_bigint_readable_like_any_column()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.Varchar));
        catalog.Insert(table, ["x"], ["y"]);

        ConnectorColumnHandle rowId = catalog.Metadata.GetRowIdColumnHandle(catalog.Session, table)!;

        Assert.Equal("$row_id", rowId.Name);
        Assert.Contains(rowId, catalog.Metadata.GetColumnHandles(catalog.Session, table));
        ColumnMetadata column = catalog.Metadata.GetTableMetadata(catalog.Session, table).Columns.Single(c => c.Name == "$row_id");
        Assert.Equal(SqlType.BigInt, column.Type);
        Assert.True(column.Hidden);
        Assert.Equal(["(0, 'x')", "(1, 'y')"], catalog.Read(table, [rowId, catalog.Column(table, "a")]));
    }

    [Fact]
    public void Row_ids_are_unique_and_stable_across_inserts_and_deletes()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 3000));
        List<long> before = catalog.RowIds(table);
        Assert.Equal(3000, before.Distinct().Count());

        Delete(catalog, table, [before[5], before[2500]]);
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(3000, 10));

        List<long> after = catalog.RowIds(table);
        Assert.Equal(before.Where((_, i) => i != 5 && i != 2500), after.Take(2998));
        Assert.Equal(3008, after.Distinct().Count());
        Assert.True(after.Skip(2998).All(id => id > before.Max()));
    }

    [Fact]
    public void Delete_by_row_ids_removes_exactly_those_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        var rows = Enumerable.Range(0, 2 * PageRows + 50).Select(i => new object?[] { (long)i, "s" + i }).ToArray();
        catalog.Insert(table, rows);
        List<long> ids = catalog.RowIds(table);
        var doomed = new HashSet<int>(Enumerable.Range(0, rows.Length).Where(i => i % 3 == 0 || (i > 2100 && i < 4000)));

        long deleted = Delete(catalog, table, doomed.Select(i => ids[i]).Reverse().ToArray());

        Assert.Equal(doomed.Count, deleted);
        Assert.Equal(
            Enumerable.Range(0, rows.Length).Where(i => !doomed.Contains(i)).Select(i => $"({i}, 's{i}')"),
            catalog.Read(table, desiredSplits: 1));
    }

    [Fact]
    public void Deleting_every_row_of_a_page_drops_the_page()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 2 * PageRows));
        List<long> ids = catalog.RowIds(table);

        Assert.Equal(PageRows, Delete(catalog, table, ids.Take(PageRows).ToArray()));

        Assert.Single(catalog.Splits(table, 10));
        Assert.Equal(Enumerable.Range(PageRows, PageRows).Select(i => $"({i})"), catalog.Read(table));
    }

    [Fact]
    public void Deleting_rows_that_no_longer_exist_is_ignored()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L], [3L]);
        List<long> ids = catalog.RowIds(table);

        Assert.Equal(1, Delete(catalog, table, [ids[1]]));
        Assert.Equal(0, Delete(catalog, table, [ids[1], 999_999, -4]));
        Assert.Equal(1, Delete(catalog, table, [ids[0], ids[0], ids[1]]));

        Assert.Equal(["(3)"], catalog.Read(table));
    }

    [Fact]
    public void Null_row_ids_are_ignored()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);
        List<long> ids = catalog.RowIds(table);
        Vector rowIds = MemoryTestCatalog.PageOf([SqlType.BigInt], new object?[] { null }, [ids[0]])[0];

        Assert.Equal(1, catalog.Metadata.DeleteRows(catalog.Session, table, rowIds));
        Assert.Equal(["(2)"], catalog.Read(table));
    }

    [Fact]
    public void Delete_accepts_dictionary_and_constant_row_id_vectors()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L], [3L]);
        List<long> ids = catalog.RowIds(table);

        var dictionary = new DictionaryVector(new FlatVector<long>(SqlType.BigInt, [ids[2], ids[0]]), [0, 0, 1], 3);
        Assert.Equal(2, catalog.Metadata.DeleteRows(catalog.Session, table, dictionary));
        Assert.Equal(1, catalog.Metadata.DeleteRows(catalog.Session, table, ConstantVector.Of(SqlType.BigInt, ids[1], 4)));
        Assert.Empty(catalog.Read(table));
    }

    [Fact]
    public void Delete_frees_the_memory_of_removed_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.InsertPages(table, catalog.Columns(table), MemoryReadWriteTests.Sequence(0, 4 * PageRows));
        long full = catalog.Node.ReservedBytes;
        List<long> ids = catalog.RowIds(table);

        Delete(catalog, table, ids.Where((_, i) => i % 2 == 0).ToArray());
        long half = catalog.Node.ReservedBytes;
        Delete(catalog, table, ids.ToArray());

        Assert.True(half < full * 0.8, $"{half} of {full} bytes still reserved after deleting half the rows");
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Update_sets_the_given_columns_of_the_given_rows()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar), ("c", SqlType.Double));
        var rows = Enumerable.Range(0, PageRows + 100).Select(i => new object?[] { (long)i, "s" + i, (double)i }).ToArray();
        catalog.Insert(table, rows);
        List<long> ids = catalog.RowIds(table);
        int[] targets = [PageRows + 5, 3, 0, PageRows - 1];

        long updated = catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, targets.Select(i => ids[i]).ToArray()),
            [catalog.Column(table, "c"), catalog.Column(table, "b")],
            MemoryTestCatalog.PageOf([SqlType.Double, SqlType.Varchar], [-1.0, "first"], [-2.0, null], [-3.0, "third"], [null, "fourth"]));

        Assert.Equal(4, updated);
        List<string> expected = rows.Select(r => $"({r[0]}, '{r[1]}', {r[2]})").ToList();
        expected[PageRows + 5] = $"({PageRows + 5}, 'first', -1)";
        expected[3] = "(3, NULL, -2)";
        expected[0] = "(0, 'third', -3)";
        expected[PageRows - 1] = $"({PageRows - 1}, 'fourth', NULL)";
        Assert.Equal(expected, catalog.Read(table, desiredSplits: 1));
        Assert.Equal(ids, catalog.RowIds(table));
    }

    [Fact]
    public void Update_rewrites_only_the_changed_columns_of_the_changed_pages()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.BigInt));
        Page input = MemoryReadWriteTests.Sequence(0, 2 * PageRows);
        catalog.InsertPages(table, catalog.Columns(table), new Page(input.RowCount, input[0], input[0]));
        List<Page> before = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 1));

        catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [catalog.RowIds(table)[1]]),
            [catalog.Column(table, "b")], MemoryTestCatalog.PageOf([SqlType.BigInt], [-1L]));

        List<Page> after = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 1));
        Assert.Same(before[1], after[1]);
        Assert.Same(before[0][0], after[0][0]);
        Assert.NotSame(before[0][1], after[0][1]);
        Assert.Equal("(1, -1)", MemoryTestCatalog.Rows(after)[1]);
    }

    [Fact]
    public void Update_to_a_bare_null_of_unknown_type_stores_null()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.CreateMap(SqlType.Varchar, SqlType.BigInt)));
        catalog.Insert(table, [1L, new MapValue([new KeyValuePair<object, object?>("k", 1L)])], [2L, null]);

        long updated = catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, catalog.RowIds(table).ToArray()),
            [catalog.Column(table, "b"), catalog.Column(table, "a")],
            new Page(2, Vector.NullVector(SqlType.Unknown, 2), new FlatVector<long>(SqlType.BigInt, [10L, 20L])));

        Assert.Equal(2, updated);
        Assert.Equal(["(10, NULL)", "(20, NULL)"], catalog.Read(table));
    }

    [Fact]
    public void Updating_rows_that_no_longer_exist_is_ignored()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);
        List<long> ids = catalog.RowIds(table);
        Delete(catalog, table, [ids[0]]);

        long updated = catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [ids[0], 12345]),
            [catalog.Column(table, "a")], MemoryTestCatalog.PageOf([SqlType.BigInt], [10L], [20L]));

        Assert.Equal(0, updated);
        Assert.Equal(["(2)"], catalog.Read(table));
    }

    [Fact]
    public void Update_of_a_column_added_later_replaces_its_nulls()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);
        catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.CreateArray(SqlType.Varchar)));
        List<long> ids = catalog.RowIds(table);

        catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [ids[1]]),
            [catalog.Column(table, "b")], MemoryTestCatalog.PageOf([SqlType.CreateArray(SqlType.Varchar)], new object?[] { new object?[] { "x", null } }));

        Assert.Equal(["(1, NULL)", "(2, ['x', NULL])"], catalog.Read(table));
    }

    [Fact]
    public void Update_of_a_not_null_column_to_null_fails_and_changes_nothing()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateTable(catalog.Session, new TableMetadata(
            new SchemaTableName("default", "t"), [new ColumnMetadata("a", SqlType.BigInt, Nullable: false)]));
        ConnectorTableHandle table = catalog.Handle("t");
        catalog.Insert(table, [1L]);

        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [catalog.RowIds(table)[0]]),
            [catalog.Column(table, "a")], MemoryTestCatalog.PageOf([SqlType.BigInt], new object?[] { null })));

        Assert.Equal(StandardErrorCode.ConstraintViolation, error.ErrorCode);
        Assert.Equal(["(1)"], catalog.Read(table));
    }

    [Fact]
    public void Row_id_column_cannot_be_updated()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L]);
        ConnectorColumnHandle rowId = catalog.Metadata.GetRowIdColumnHandle(catalog.Session, table)!;
        Assert.Throws<ManifoldException>(() => catalog.Metadata.UpdateRows(
            catalog.Session, table, new FlatVector<long>(SqlType.BigInt, [0L]), [rowId], MemoryTestCatalog.PageOf([SqlType.BigInt], [5L])));
    }

    [Fact]
    public void Random_deletes_and_updates_match_a_list_model()
    {
        const int seed = 20250101;
        var random = new Random(seed);
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt), ("b", SqlType.Varchar));
        var model = new List<(long Id, long A, string? B)>();
        long nextValue = 0;
        for (int round = 0; round < 20; round++)
        {
            int action = random.Next(3);
            if (action == 0 || model.Count == 0)
            {
                int count = random.Next(1, 1500);
                var rows = Enumerable.Range(0, count).Select(_ => new object?[] { nextValue, random.Next(5) == 0 ? null : "v" + nextValue++ }).ToArray();
                catalog.Insert(table, rows);
                List<long> ids = catalog.RowIds(table);
                for (int i = 0; i < count; i++)
                {
                    model.Add((ids[model.Count], (long)rows[i][0]!, (string?)rows[i][1]));
                }
            }
            else if (action == 1)
            {
                var doomed = model.Where(_ => random.Next(4) == 0).Select(r => r.Id).ToArray();
                Assert.Equal(doomed.Length, Delete(catalog, table, doomed));
                var set = doomed.ToHashSet();
                model.RemoveAll(r => set.Contains(r.Id));
            }
            else
            {
                var chosen = model.Select((r, i) => i).Where(_ => random.Next(5) == 0).ToArray();
                var values = chosen.Select(i => new object?[] { random.Next(3) == 0 ? null : "u" + i }).ToArray();
                long updated = catalog.Metadata.UpdateRows(
                    catalog.Session, table, new FlatVector<long>(SqlType.BigInt, chosen.Select(i => model[i].Id).ToArray()),
                    [catalog.Column(table, "b")], MemoryTestCatalog.PageOf([SqlType.Varchar], values));
                Assert.Equal(chosen.Length, updated);
                for (int k = 0; k < chosen.Length; k++)
                {
                    model[chosen[k]] = model[chosen[k]] with { B = (string?)values[k][0] };
                }
            }
            Assert.True(
                model.Select(r => $"({r.A}, {(r.B is null ? "NULL" : "'" + r.B + "'")})").SequenceEqual(catalog.Read(table, desiredSplits: 3)),
                $"table differs from the model after round {round} (seed {seed})");
            Assert.Equal(model.Select(r => r.Id), catalog.RowIds(table));
        }
        long storedBytes = catalog.ReadPages(table, catalog.Columns(table), catalog.Splits(table, 1)).Sum(p => p.RetainedBytes);
        Assert.True(catalog.Node.ReservedBytes >= storedBytes);
    }

    private static long Delete(MemoryTestCatalog catalog, ConnectorTableHandle table, long[] ids)
        => catalog.Metadata.DeleteRows(catalog.Session, table, new FlatVector<long>(SqlType.BigInt, ids));
}
