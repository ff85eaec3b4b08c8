using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Connectors.SystemCatalog;

/// <summary>The <c>system</c> catalog through the whole engine: SQL over system.metadata, SHOW, information_schema, and
/// rejected writes.</summary>
public sealed class SystemCatalogSqlTests : IDisposable
{
    private readonly ManifoldEngine _engine = ManifoldEngine.Create();

    public SystemCatalogSqlTests()
    {
        _engine.Catalogs.AddFactory(new PropertiesConnectorFactory());
        _engine.Catalogs.CreateCatalog("props", "props", new Dictionary<string, string>());
    }

    public void Dispose() => _engine.Dispose();

    private async Task<List<object?[]>> Rows(string sql)
    {
        await using QueryResult result = await _engine.ExecuteAsync(_engine.CreateSession(), sql, TestContext.Current.CancellationToken);
        return await result.ReadAllRowsAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string[]> Column(string sql) => (await Rows(sql)).Select(r => (string)r[0]!).ToArray();

    private static string Text(List<object?[]> rows) => string.Join("\n", rows.Select(r => string.Join("|", r.Select(v => v ?? "NULL"))));

    [Fact]
    public async Task Catalogs_lists_every_catalog_with_its_connector()
    {
        Assert.Equal("memory|memory|memory\nprops|props|props\nsystem|system|system\ntpch|tpch|tpch",
            Text(await Rows("SELECT catalog_name, connector_id, connector_name FROM system.metadata.catalogs ORDER BY catalog_name")));
    }

    [Fact]
    public async Task Show_catalogs_includes_system()
        => Assert.Equal(["memory", "props", "system", "tpch"], await Column("SHOW CATALOGS"));

    [Fact]
    public async Task Show_schemas_from_system_lists_metadata_runtime_and_information_schema()
        => Assert.Equal(["information_schema", "metadata", "runtime"], await Column("SHOW SCHEMAS FROM system"));

    [Fact]
    public async Task Show_tables_from_system_metadata_lists_trinos_tables()
        => Assert.Equal(
            ["analyze_properties", "catalogs", "column_properties", "schema_properties", "table_comments", "table_properties"],
            await Column("SHOW TABLES FROM system.metadata"));

    [Fact]
    public async Task Information_schema_of_the_system_catalog_describes_its_tables()
    {
        Assert.Equal(
            ["analyze_properties", "catalogs", "column_properties", "schema_properties", "table_comments", "table_properties"],
            await Column("SELECT table_name FROM system.information_schema.tables WHERE table_schema = 'metadata' ORDER BY 1"));
        Assert.Equal("catalog_name|varchar\nconnector_id|varchar\nconnector_name|varchar",
            Text(await Rows("SELECT column_name, data_type FROM system.information_schema.columns "
                + "WHERE table_schema = 'metadata' AND table_name = 'catalogs' ORDER BY ordinal_position")));
        Assert.Equal(["information_schema", "metadata", "runtime"], await Column("SELECT schema_name FROM system.information_schema.schemata ORDER BY 1"));
    }

    [Fact]
    public async Task Describe_shows_the_columns_of_a_system_table()
        => Assert.Equal(["catalog_name", "schema_name", "table_name", "comment"], await Column("DESCRIBE system.metadata.table_comments"));

    [Fact]
    public async Task Table_properties_lists_each_catalogs_visible_properties_with_defaults()
    {
        Assert.Equal(
            "props|bucket_count||integer|Number of buckets\n"
            + "props|format|ORC|varchar|File format of the table\n"
            + "props|retention_days|30|bigint|Days to keep rows",
            Text(await Rows("SELECT * FROM system.metadata.table_properties ORDER BY catalog_name, property_name")));
    }

    [Theory]
    [InlineData("schema_properties")]
    [InlineData("column_properties")]
    [InlineData("analyze_properties")]
    public async Task Property_tables_of_undeclared_scopes_are_empty_with_trinos_columns(string table)
    {
        await using QueryResult result = await _engine.ExecuteAsync(_engine.CreateSession(), $"SELECT * FROM system.metadata.{table}",
            TestContext.Current.CancellationToken);
        Assert.Equal(["catalog_name", "property_name", "default_value", "type", "description"], result.Columns.Select(c => c.Name));
        Assert.Empty(await result.ReadAllRowsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Table_comments_report_table_and_view_comments_and_null_without_one()
    {
        Assert.Equal("props|s|commented|Rows of interest\nprops|s|plain|NULL\nprops|s|v|A view",
            Text(await Rows("SELECT * FROM system.metadata.table_comments WHERE catalog_name = 'props' ORDER BY table_name")));
    }

    [Fact]
    public async Task Table_comments_see_tables_created_by_sql()
    {
        await Rows("CREATE TABLE memory.default.orders (id bigint) COMMENT 'One row per order'");
        await Rows("CREATE TABLE memory.default.plain (id bigint)");
        Assert.Equal("default|orders|One row per order\ndefault|plain|NULL",
            Text(await Rows("SELECT schema_name, table_name, comment FROM system.metadata.table_comments "
                + "WHERE catalog_name = 'memory' ORDER BY table_name")));
        Assert.Equal(8L, (await Rows("SELECT count(*) FROM system.metadata.table_comments WHERE catalog_name = 'tpch' AND schema_name = 'tiny'"))[0][0]);
    }

    [Fact]
    public async Task System_tables_join_with_other_catalogs()
    {
        await Rows("CREATE TABLE memory.default.wanted AS SELECT 'tpch' AS name");
        Assert.Equal(["tpch"], await Column(
            "SELECT c.connector_name FROM system.metadata.catalogs c JOIN memory.default.wanted w ON c.catalog_name = w.name"));
    }

    [Theory]
    [InlineData("INSERT INTO system.metadata.catalogs VALUES ('a', 'b', 'c')")]
    [InlineData("DELETE FROM system.metadata.catalogs")]
    [InlineData("UPDATE system.metadata.catalogs SET connector_name = 'x'")]
    [InlineData("CREATE TABLE system.metadata.extra (a bigint)")]
    [InlineData("CREATE TABLE system.metadata.extra AS SELECT 1 AS a")]
    [InlineData("DROP TABLE system.metadata.catalogs")]
    [InlineData("ALTER TABLE system.metadata.catalogs RENAME TO system.metadata.renamed")]
    [InlineData("ALTER TABLE system.metadata.catalogs ADD COLUMN extra bigint")]
    [InlineData("CREATE SCHEMA system.extra")]
    [InlineData("DROP SCHEMA system.metadata")]
    [InlineData("CREATE VIEW system.metadata.v AS SELECT 1 AS a")]
    public async Task Writes_are_rejected_as_not_supported(string sql)
    {
        var error = await Assert.ThrowsAsync<ManifoldException>(() => Rows(sql));
        Assert.Equal(StandardErrorCode.NotSupported, error.ErrorCode);
    }
}
