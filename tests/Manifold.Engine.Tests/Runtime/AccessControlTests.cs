using System.Reflection;
using Manifold.Engine.Runtime;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>The engine's side of access control, with a recording fake: which checks each statement makes (the columns
/// a query actually reads, per table) and that every listing goes through the filters.</summary>
public sealed class AccessControlTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("SELECT a FROM t", "select memory.default.t [a]")]
    [InlineData("SELECT count(*) FROM t", "select memory.default.t []")]
    [InlineData("SELECT t.a FROM t JOIN u ON t.b = u.b", "select memory.default.t [a, b]; select memory.default.u [b]")]
    [InlineData("SELECT a FROM t WHERE false AND c IN (SELECT b FROM u)", "select memory.default.t [a, c]; select memory.default.u [b]")]
    [InlineData("SELECT * FROM v", "select memory.default.t [a]")]
    [InlineData("SELECT a FROM memory.information_schema.tables, t", "select memory.default.t [a]")]
    [InlineData("INSERT INTO u SELECT b FROM t", "insert memory.default.u; select memory.default.t [b]")]
    [InlineData("UPDATE t SET a = b + 1 WHERE c = 1", "update memory.default.t [a]; select memory.default.t [b, c]")]
    [InlineData("DELETE FROM t WHERE a = 1", "delete memory.default.t; select memory.default.t [a]")]
    [InlineData("CREATE TABLE w AS SELECT c FROM t", "create memory.default.w; select memory.default.t [c]")]
    [InlineData("DROP TABLE u", "drop memory.default.u")]
    public async Task Each_statement_checks_its_privilege_and_the_columns_it_reads(string sql, string expected)
    {
        var (engine, control) = await CreateAsync();
        using (engine)
        {
            control.Calls.Clear();
            await EngineHarness.RunAsync(engine, Session(engine), sql, Token);
            Assert.Equal(expected, string.Join("; ", control.Calls));
        }
    }

    [Fact]
    public async Task A_denial_fails_the_statement_with_permission_denied()
    {
        var (engine, control) = await CreateAsync();
        using (engine)
        {
            control.DeniedTable = "t";
            ManifoldException e = await EngineHarness.FailAsync(engine, Session(engine), "SELECT b, a FROM t");
            Assert.Equal(StandardErrorCode.PermissionDenied, e.ErrorCode);
            Assert.Equal("Access Denied: Cannot select from columns [a, b] in table or view memory.default.t", e.Message);
        }
    }

    [Theory]
    [InlineData("SHOW TABLES")]
    [InlineData("SELECT table_name FROM memory.information_schema.tables WHERE table_schema = 'default'")]
    [InlineData("SELECT table_name FROM system.metadata.table_comments WHERE catalog_name = 'memory'")]
    public async Task Listings_leave_out_what_the_filters_remove(string sql)
    {
        var (engine, control) = await CreateAsync();
        using (engine)
        {
            control.DeniedTable = "t";
            var rows = await EngineHarness.RunAsync(engine, Session(engine), sql, Token);
            Assert.Equal(["u", "v"], rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Describe_and_information_schema_columns_leave_out_filtered_columns()
    {
        var (engine, control) = await CreateAsync();
        using (engine)
        {
            control.DeniedColumn = "b";
            var described = await EngineHarness.RunAsync(engine, Session(engine), "DESCRIBE t", Token);
            Assert.Equal(["a", "c"], described.Select(r => (string)r[0]!));
            var columns = await EngineHarness.RunAsync(engine, Session(engine),
                "SELECT column_name FROM memory.information_schema.columns WHERE table_name = 't' ORDER BY 1", Token);
            Assert.Equal(["a", "c"], columns.Select(r => (string)r[0]!));
        }
    }

    private static Session.Session Session(ManifoldEngine engine) => EngineHarness.MemorySession(engine) with { User = "alice", Groups = ["analysts"] };

    private static async Task<(ManifoldEngine, Recording)> CreateAsync()
    {
        IAccessControl proxy = DispatchProxy.Create<IAccessControl, Recording>();
        var control = (Recording)proxy;
        var engine = ManifoldEngine.Create(new EngineOptions { AccessControl = proxy });
        var session = Session(engine);
        foreach (string sql in new[]
        {
            "CREATE TABLE t (a bigint, b bigint, c bigint)", "CREATE TABLE u (b bigint)", "INSERT INTO t VALUES (1, 2, 3)",
            "CREATE VIEW v AS SELECT a FROM t",
        })
        {
            await EngineHarness.RunAsync(engine, session, sql, Token);
        }
        return (engine, control);
    }

    /// <summary>Allows everything except <see cref="DeniedTable"/> and <see cref="DeniedColumn"/>, and records the table
    /// checks: <c>select c.s.t [columns]</c>, <c>insert c.s.t</c>, ….</summary>
    public class Recording : DispatchProxy
    {
        public List<string> Calls { get; } = [];
        public string? DeniedTable { get; set; }
        public string? DeniedColumn { get; set; }

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            var identity = (Identity)args![0]!;
            Assert.Equal("alice", identity.User);
            Assert.Equal(["analysts"], identity.Groups);
            switch (method!.Name)
            {
                case nameof(IAccessControl.CheckCanSelectFromColumns):
                    {
                        var table = (CatalogSchemaTableName)args[1]!;
                        var columns = (IReadOnlyCollection<string>)args[2]!;
                        Calls.Add($"select {table} [{string.Join(", ", columns)}]");
                        if (table.Table == DeniedTable)
                        {
                            throw AccessDenied.SelectColumns(table, columns);
                        }
                        return null;
                    }
                case nameof(IAccessControl.CheckCanInsertIntoTable):
                    Calls.Add($"insert {args[1]}");
                    return null;
                case nameof(IAccessControl.CheckCanDeleteFromTable):
                    Calls.Add($"delete {args[1]}");
                    return null;
                case nameof(IAccessControl.CheckCanUpdateTableColumns):
                    Calls.Add($"update {args[1]} [{string.Join(", ", (IReadOnlyCollection<string>)args[2]!)}]");
                    return null;
                case nameof(IAccessControl.CheckCanCreateTable):
                    Calls.Add($"create {args[1]}");
                    return null;
                case nameof(IAccessControl.CheckCanDropTable):
                    Calls.Add($"drop {args[1]}");
                    return null;
                case nameof(IAccessControl.FilterTables):
                    return ((IReadOnlyCollection<SchemaTableName>)args[2]!).Where(t => t.Table != DeniedTable).ToArray();
                case nameof(IAccessControl.FilterColumns):
                    return ((IReadOnlyCollection<string>)args[2]!).Where(c => c != DeniedColumn).ToArray();
                case nameof(IAccessControl.FilterCatalogs) or nameof(IAccessControl.FilterViewQueryOwnedBy):
                    return args[1];
                case nameof(IAccessControl.FilterSchemas):
                    return args[2];
                default:
                    return null;
            }
        }
    }
}
