using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Connectors.Memory;

public sealed class MemoryMetadataTests
{
    private static readonly ViewDefinition s_view = new("SELECT 1 AS x", "memory", "default", [new ViewColumn("x", SqlType.Integer)], "tester");

    [Fact]
    public void Factory_is_named_memory()
        => Assert.Equal("memory", new Manifold.Engine.Connectors.Memory.MemoryConnectorFactory().Name);

    [Fact]
    public void A_new_catalog_has_only_the_default_schema_and_no_tables()
    {
        using var catalog = new MemoryTestCatalog();
        Assert.Equal(["default"], catalog.Metadata.ListSchemaNames(catalog.Session));
        Assert.Empty(catalog.Metadata.ListTables(catalog.Session, null));
    }

    [Fact]
    public void Create_schema_then_list_it_sorted()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "sales");
        catalog.Metadata.CreateSchema(catalog.Session, "archive");
        Assert.Equal(["archive", "default", "sales"], catalog.Metadata.ListSchemaNames(catalog.Session));
    }

    [Fact]
    public void Create_existing_schema_fails_with_schema_already_exists()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.CreateSchema(catalog.Session, "default"));
        Assert.Equal(StandardErrorCode.SchemaAlreadyExists, error.ErrorCode);
        Assert.Equal("Schema 'memory.default' already exists", error.Message);
    }

    [Fact]
    public void Drop_missing_schema_fails_with_schema_not_found()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.DropSchema(catalog.Session, "nope", cascade: false));
        Assert.Equal(StandardErrorCode.SchemaNotFound, error.ErrorCode);
        Assert.Equal("Schema 'memory.nope' does not exist", error.Message);
    }

    [Fact]
    public void Drop_non_empty_schema_without_cascade_fails_and_keeps_its_tables()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "s");
        catalog.CreateTable("s.t", ("a", SqlType.BigInt));
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.DropSchema(catalog.Session, "s", cascade: false));
        Assert.Equal(StandardErrorCode.SchemaNotEmpty, error.ErrorCode);
        Assert.Equal("Cannot drop non-empty schema 'memory.s'", error.Message);
        Assert.NotNull(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("s", "t")));
    }

    [Fact]
    public void Drop_schema_holding_only_a_view_without_cascade_fails()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "s");
        catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("s", "v"), s_view, replace: false);
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.DropSchema(catalog.Session, "s", cascade: false));
        Assert.Equal(StandardErrorCode.SchemaNotEmpty, error.ErrorCode);
    }

    [Fact]
    public void Drop_schema_with_cascade_drops_its_tables_views_and_their_memory()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "s");
        ConnectorTableHandle table = catalog.CreateTable("s.t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);
        catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("s", "v"), s_view, replace: false);
        Assert.True(catalog.Node.ReservedBytes > 0);

        catalog.Metadata.DropSchema(catalog.Session, "s", cascade: true);

        Assert.Equal(["default"], catalog.Metadata.ListSchemaNames(catalog.Session));
        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("s", "t")));
        Assert.Null(catalog.Metadata.GetView(catalog.Session, new SchemaTableName("s", "v")));
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void Create_table_reports_its_columns_and_the_hidden_row_id()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateTable(catalog.Session, new TableMetadata(
            new SchemaTableName("default", "t"),
            [new ColumnMetadata("id", SqlType.BigInt, Nullable: false), new ColumnMetadata("name", SqlType.Varchar, Comment: "who")],
            "people"));
        ConnectorTableHandle table = catalog.Handle("t");

        TableMetadata metadata = catalog.Metadata.GetTableMetadata(catalog.Session, table);

        Assert.Equal(new SchemaTableName("default", "t"), metadata.Name);
        Assert.Equal("people", metadata.Comment);
        Assert.Equal(["id", "name", "$row_id"], metadata.Columns.Select(c => c.Name));
        Assert.False(metadata.Columns[0].Nullable);
        Assert.Equal("who", metadata.Columns[1].Comment);
        Assert.True(metadata.Columns[2].Hidden);
        Assert.Equal(["id", "name", "$row_id"], catalog.Metadata.GetColumnHandles(catalog.Session, table).Select(c => c.Name));
    }

    [Fact]
    public void Create_existing_table_fails_with_trinos_message()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.CreateTable("t", ("a", SqlType.BigInt));
        var error = Assert.Throws<ManifoldException>(() => catalog.CreateTable("t", ("b", SqlType.Double)));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, error.ErrorCode);
        Assert.Equal("Table 'memory.default.t' already exists", error.Message);
    }

    [Fact]
    public void Error_messages_name_the_catalog_the_connector_was_created_for()
    {
        using var catalog = new MemoryTestCatalog(catalog: "scratch");
        catalog.CreateTable("t", ("a", SqlType.BigInt));
        var error = Assert.Throws<ManifoldException>(() => catalog.CreateTable("t", ("a", SqlType.BigInt)));
        Assert.Equal("Table 'scratch.default.t' already exists", error.Message);
    }

    [Fact]
    public void Create_table_in_missing_schema_fails_with_schema_not_found()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.CreateTable("nope.t", ("a", SqlType.BigInt)));
        Assert.Equal(StandardErrorCode.SchemaNotFound, error.ErrorCode);
        Assert.Equal("Schema 'memory.nope' does not exist", error.Message);
    }

    [Fact]
    public void Create_table_with_a_repeated_column_name_fails()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.CreateTable("t", ("a", SqlType.BigInt), ("a", SqlType.Varchar)));
        Assert.Equal(StandardErrorCode.DuplicateColumnName, error.ErrorCode);
        Assert.Equal("Column name 'a' specified more than once", error.Message);
    }

    [Fact]
    public void Create_table_with_the_row_id_name_fails()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.CreateTable("t", ("$row_id", SqlType.BigInt)));
        Assert.Equal(StandardErrorCode.NotSupported, error.ErrorCode);
    }

    [Fact]
    public void Missing_table_has_no_handle()
    {
        using var catalog = new MemoryTestCatalog();
        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("default", "t")));
        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("nope", "t")));
    }

    [Fact]
    public void Drop_table_removes_it_and_frees_its_memory()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L]);
        Assert.True(catalog.Node.ReservedBytes > 0);

        catalog.Metadata.DropTable(catalog.Session, table);

        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("default", "t")));
        Assert.Empty(catalog.Metadata.ListTables(catalog.Session, "default"));
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }

    [Fact]
    public void A_stale_handle_of_a_dropped_table_fails_with_table_not_found()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Metadata.DropTable(catalog.Session, table);

        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.GetTableMetadata(catalog.Session, table));
        Assert.Equal(StandardErrorCode.TableNotFound, error.ErrorCode);
        Assert.Equal("Table 'memory.default.t' does not exist", error.Message);
        Assert.Throws<ManifoldException>(() => catalog.Metadata.DropTable(catalog.Session, table));
        Assert.Throws<ManifoldException>(() => catalog.Splits(table));
    }

    [Fact]
    public void A_table_recreated_under_the_same_name_starts_empty()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle first = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(first, [1L]);
        catalog.Metadata.DropTable(catalog.Session, first);
        ConnectorTableHandle second = catalog.CreateTable("t", ("a", SqlType.BigInt));
        Assert.NotEqual(first, second);
        Assert.Empty(catalog.Read(second));
    }

    [Fact]
    public void Rename_table_keeps_its_rows_and_frees_the_old_name()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);

        catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("default", "u"));

        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("default", "t")));
        ConnectorTableHandle renamed = catalog.Handle("u");
        Assert.Equal(["(1)", "(2)"], catalog.Read(renamed));
        Assert.Equal(new SchemaTableName("default", "u"), catalog.Metadata.GetTableMetadata(catalog.Session, renamed).Name);
        Assert.Equal([new SchemaTableName("default", "u")], catalog.Metadata.ListTables(catalog.Session, null));
        catalog.CreateTable("t", ("b", SqlType.Varchar));
    }

    [Fact]
    public void Rename_table_moves_it_across_schemas()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "other");
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [7L]);

        catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("other", "moved"));

        Assert.Empty(catalog.Metadata.ListTables(catalog.Session, "default"));
        Assert.Equal([new SchemaTableName("other", "moved")], catalog.Metadata.ListTables(catalog.Session, "other"));
        Assert.Equal(["(7)"], catalog.Read(catalog.Handle("other.moved")));
    }

    [Fact]
    public void Rename_onto_an_existing_table_or_view_or_missing_schema_fails()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.CreateTable("u", ("a", SqlType.BigInt));
        catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("default", "v"), s_view, replace: false);

        var onTable = Assert.Throws<ManifoldException>(() => catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("default", "u")));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, onTable.ErrorCode);
        Assert.Equal("Target table 'memory.default.u' already exists", onTable.Message);
        var onView = Assert.Throws<ManifoldException>(() => catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("default", "v")));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, onView.ErrorCode);
        var noSchema = Assert.Throws<ManifoldException>(() => catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("nope", "t")));
        Assert.Equal(StandardErrorCode.SchemaNotFound, noSchema.ErrorCode);
        Assert.NotNull(catalog.Metadata.GetTableHandle(catalog.Session, new SchemaTableName("default", "t")));
    }

    [Fact]
    public void Handles_taken_before_a_rename_still_reach_the_table()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Metadata.RenameTable(catalog.Session, table, new SchemaTableName("default", "u"));
        catalog.Insert(table, [5L]);
        Assert.Equal(["(5)"], catalog.Read(catalog.Handle("u")));
    }

    [Fact]
    public void Add_column_reads_null_for_existing_rows_and_values_for_new_ones()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L], [2L]);

        catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.Varchar));
        catalog.Insert(table, [3L, "three"]);

        Assert.Equal(["a", "b", "$row_id"], catalog.Metadata.GetTableMetadata(catalog.Session, table).Columns.Select(c => c.Name));
        Assert.Equal(["(1, NULL)", "(2, NULL)", "(3, 'three')"], catalog.Read(table));
        Assert.Equal(["(NULL)", "(NULL)", "('three')"], catalog.Read(table, [catalog.Column(table, "b")]));
    }

    [Fact]
    public void Add_existing_column_fails_with_column_already_exists()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("a", SqlType.Double)));
        Assert.Equal(StandardErrorCode.ColumnAlreadyExists, error.ErrorCode);
        Assert.Equal("Column 'a' already exists", error.Message);
    }

    [Fact]
    public void Add_not_null_column_to_a_non_empty_table_fails()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Insert(table, [1L]);
        var error = Assert.Throws<ManifoldException>(
            () => catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.Double, Nullable: false)));
        Assert.Equal(StandardErrorCode.NotSupported, error.ErrorCode);
        Assert.Equal(["(1)"], catalog.Read(table));
    }

    [Fact]
    public void Add_column_while_an_insert_runs_pads_the_inserted_rows_with_null()
    {
        using var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.BigInt));
        IReadOnlyList<ConnectorColumnHandle> columns = catalog.Columns(table);
        ConnectorInsertTableHandle insert = catalog.Metadata.BeginInsert(catalog.Session, table, columns);
        IConnectorPageSink sink = catalog.Connector.PageSinkProvider!.CreatePageSink(catalog.Session, insert);
        sink.AppendAsync(MemoryTestCatalog.PageOf([SqlType.BigInt], [1L]), CancellationToken.None).AsTask().Wait();

        catalog.Metadata.AddColumn(catalog.Session, table, new ColumnMetadata("b", SqlType.Double));
        catalog.Metadata.FinishInsert(catalog.Session, insert, sink.FinishAsync(CancellationToken.None).AsTask().Result);

        Assert.Equal(["(1, NULL)"], catalog.Read(table));
    }

    [Fact]
    public void Views_are_stored_listed_and_replaced()
    {
        using var catalog = new MemoryTestCatalog();
        var name = new SchemaTableName("default", "v");
        catalog.CreateTable("t", ("a", SqlType.BigInt));

        catalog.Metadata.CreateView(catalog.Session, name, s_view, replace: false);
        Assert.Equal(s_view, catalog.Metadata.GetView(catalog.Session, name));
        Assert.Null(catalog.Metadata.GetTableHandle(catalog.Session, name));
        Assert.Equal([new SchemaTableName("default", "t"), name], catalog.Metadata.ListTables(catalog.Session, "default"));

        ViewDefinition replacement = s_view with { Sql = "SELECT 2 AS x" };
        catalog.Metadata.CreateView(catalog.Session, name, replacement, replace: true);
        Assert.Equal("SELECT 2 AS x", catalog.Metadata.GetView(catalog.Session, name)!.Sql);

        catalog.Metadata.DropView(catalog.Session, name);
        Assert.Null(catalog.Metadata.GetView(catalog.Session, name));
        Assert.Equal([new SchemaTableName("default", "t")], catalog.Metadata.ListTables(catalog.Session, null));
    }

    [Fact]
    public void Create_existing_view_without_replace_fails()
    {
        using var catalog = new MemoryTestCatalog();
        var name = new SchemaTableName("default", "v");
        catalog.Metadata.CreateView(catalog.Session, name, s_view, replace: false);
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.CreateView(catalog.Session, name, s_view, replace: false));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, error.ErrorCode);
        Assert.Equal("View 'memory.default.v' already exists", error.Message);
    }

    [Fact]
    public void A_view_and_a_table_cannot_share_a_name()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.CreateTable("t", ("a", SqlType.BigInt));
        catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("default", "v"), s_view, replace: false);

        var viewOnTable = Assert.Throws<ManifoldException>(
            () => catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("default", "t"), s_view, replace: true));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, viewOnTable.ErrorCode);
        Assert.Equal("Table 'memory.default.t' already exists", viewOnTable.Message);

        var tableOnView = Assert.Throws<ManifoldException>(() => catalog.CreateTable("v", ("a", SqlType.BigInt)));
        Assert.Equal(StandardErrorCode.TableAlreadyExists, tableOnView.ErrorCode);
        Assert.Equal("View 'memory.default.v' already exists", tableOnView.Message);
    }

    [Fact]
    public void Drop_missing_view_fails_with_table_not_found()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(() => catalog.Metadata.DropView(catalog.Session, new SchemaTableName("default", "v")));
        Assert.Equal(StandardErrorCode.TableNotFound, error.ErrorCode);
        Assert.Equal("View 'memory.default.v' does not exist", error.Message);
    }

    [Fact]
    public void Create_view_in_missing_schema_fails()
    {
        using var catalog = new MemoryTestCatalog();
        var error = Assert.Throws<ManifoldException>(
            () => catalog.Metadata.CreateView(catalog.Session, new SchemaTableName("nope", "v"), s_view, replace: false));
        Assert.Equal(StandardErrorCode.SchemaNotFound, error.ErrorCode);
    }

    [Fact]
    public void List_tables_of_all_schemas_is_sorted_by_schema_then_name()
    {
        using var catalog = new MemoryTestCatalog();
        catalog.Metadata.CreateSchema(catalog.Session, "b");
        catalog.CreateTable("b.z", ("a", SqlType.BigInt));
        catalog.CreateTable("b.a", ("a", SqlType.BigInt));
        catalog.CreateTable("y", ("a", SqlType.BigInt));
        Assert.Equal(["b.a", "b.z", "default.y"], catalog.Metadata.ListTables(catalog.Session, null).Select(n => n.ToString()));
        Assert.Empty(catalog.Metadata.ListTables(catalog.Session, "nope"));
    }

    [Fact]
    public void Disposing_the_connector_frees_all_table_memory()
    {
        var catalog = new MemoryTestCatalog();
        ConnectorTableHandle table = catalog.CreateTable("t", ("a", SqlType.Varchar));
        catalog.Insert(table, ["x"], ["y"]);
        Assert.True(catalog.Node.ReservedBytes > 0);
        catalog.Dispose();
        Assert.Equal(0, catalog.Node.ReservedBytes);
    }
}
