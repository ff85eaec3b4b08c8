using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Each common error: its name and its exact user-facing text (<c>line L:C: message</c> when it has a position),
/// through <see cref="ManifoldEngine.ExecuteAsync(Session.Session, string, CancellationToken)"/>.</summary>
public sealed class ErrorMessageTests : IAsyncLifetime
{
    private readonly ManifoldEngine _engine = ManifoldEngine.Create();
    private Session.Session _session = null!;

    public async ValueTask InitializeAsync()
    {
        _session = EngineHarness.MemorySession(_engine);
        await EngineHarness.RunAsync(_engine, _session, "CREATE TABLE t (a integer, b varchar)");
        await EngineHarness.RunAsync(_engine, _session, "INSERT INTO t VALUES (1, 'x'), (0, 'y')");
    }

    public ValueTask DisposeAsync()
    {
        _engine.Dispose();
        return ValueTask.CompletedTask;
    }

    public static TheoryData<string, string, string> Errors => new()
    {
        { "SELECT * FROM t WHERE", "SYNTAX_ERROR", "line 1:22: Unexpected end of input. Expecting: <expression>" },
        { "SELEC 1", "SYNTAX_ERROR", "line 1:1: mismatched input 'SELEC'. Expecting: '(', 'ALTER', 'CALL', 'COMMIT', 'CREATE', 'DEALLOCATE', 'DELETE', 'DESC', 'DESCRIBE', 'DROP', 'EXECUTE', 'EXPLAIN', 'INSERT', 'PREPARE', 'RESET', 'ROLLBACK', 'SELECT', 'SET', 'SHOW', 'START', 'TABLE', 'UPDATE', 'USE', 'VALUES', 'WITH'" },
        { "SELECT 1,\n  2 +", "SYNTAX_ERROR", "line 2:6: Unexpected end of input. Expecting: <expression>" },
        { "SELECT * FROM nosuch", "TABLE_NOT_FOUND", "line 1:15: Table 'memory.default.nosuch' does not exist" },
        { "SELECT * FROM memory.nosuch.t", "SCHEMA_NOT_FOUND", "line 1:15: Schema 'nosuch' does not exist" },
        { "SELECT * FROM nosuch.s.t", "CATALOG_NOT_FOUND", "line 1:15: Catalog 'nosuch' does not exist" },
        { "SELECT nosuch FROM t", "COLUMN_NOT_FOUND", "line 1:8: Column 'nosuch' cannot be resolved" },
        { "SELECT t.nosuch FROM t", "COLUMN_NOT_FOUND", "line 1:8: Column 't.nosuch' cannot be resolved" },
        { "SELECT a + b FROM t", "TYPE_MISMATCH", "line 1:8: Cannot apply operator: integer + varchar" },
        { "SELECT a FROM t WHERE b", "TYPE_MISMATCH", "line 1:23: WHERE clause must evaluate to a boolean: actual type varchar" },
        { "SELECT nosuch_fn(a) FROM t", "FUNCTION_NOT_FOUND", "line 1:8: Function 'nosuch_fn' not registered" },
        { "SELECT 1 / a FROM t", "DIVISION_BY_ZERO", "Division by zero" },
        { "SELECT a, count(*) FROM t", "EXPRESSION_NOT_AGGREGATE", "line 1:8: 'a' must be an aggregate expression or appear in GROUP BY clause" },
        { "SELECT a FROM t x, t y", "AMBIGUOUS_NAME", "line 1:8: Column 'a' is ambiguous" },
        { "SELECT CAST(b AS integer) FROM t", "INVALID_CAST_ARGUMENT", "Cannot cast 'x' to INT" },
        { "SELECT 2147483647 + a FROM t", "NUMERIC_VALUE_OUT_OF_RANGE", "integer addition overflow: 2147483647 + 1" },
        { "SELECT (SELECT a FROM t)", "SUBQUERY_MULTIPLE_ROWS", "Scalar sub-query has returned multiple rows" },
        { "SELECT sum(count(*)) FROM t", "NESTED_AGGREGATION", "line 1:12: Cannot nest aggregations inside aggregation 'sum': [count(*)]" },
        { "SELECT a FROM t ORDER BY 3", "INVALID_COLUMN_REFERENCE", "line 1:26: ORDER BY position 3 is not in select list" },
        { "CREATE TABLE t (a integer)", "TABLE_ALREADY_EXISTS", "line 1:14: Table 'memory.default.t' already exists" },
        { "SELECT CAST(1 AS nosuchtype)", "TYPE_NOT_FOUND", "line 1:18: Unknown type: nosuchtype" },
        { "SELECT DATE 'x'", "INVALID_LITERAL", "line 1:8: 'x' is not a valid DATE literal" },
        { "SELECT row_number() FROM t", "MISSING_OVER", "line 1:8: Window function row_number requires an OVER clause" },
        { "SELECT abs(a) OVER () FROM t", "FUNCTION_NOT_WINDOW", "line 1:8: Not a window function: abs" },
        { "SELECT * FROM (VALUES 1) AS v (a, b)", "MISMATCHED_COLUMN_ALIASES", "line 1:15: Column alias list has 2 entries but 'v' has 1 columns available" },
        { "WITH c AS (SELECT 1), c AS (SELECT 2) SELECT * FROM c", "DUPLICATE_NAMED_QUERY", "line 1:23: WITH query name 'c' specified more than once" },
        { "SET SESSION nosuch = 1", "INVALID_SESSION_PROPERTY", "line 1:13: Session property 'nosuch' does not exist" },
        { "SELECT ?", "INVALID_PARAMETER_USAGE", "line 1:8: Incorrect number of parameters: expected at least 1 but found 0" },
        { "SELECT DISTINCT a FROM t ORDER BY b", "EXPRESSION_NOT_IN_DISTINCT", "line 1:35: For SELECT DISTINCT, ORDER BY expressions must appear in select list" },
        { "SELECT a FROM t FETCH FIRST 1 ROW WITH TIES", "MISSING_ORDER_BY", "line 1:17: FETCH FIRST WITH TIES clause requires ORDER BY" },
        { "SELECT u.* FROM t", "TABLE_NOT_FOUND", "line 1:8: Unable to resolve reference u" },
        { "SELECT * FROM t JOIN t u USING (a, a)", "DUPLICATE_COLUMN_NAME", "line 1:36: Column 'a' appears multiple times in USING clause" },
        { "CALL system.nosuch()", "PROCEDURE_NOT_FOUND", "line 1:6: Procedure 'memory.system.nosuch' not registered" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Error_has_its_name_and_exact_message(string sql, string name, string message)
    {
        ManifoldException error = await EngineHarness.FailAsync(_engine, _session, sql);

        Assert.Equal(name, error.ErrorCode.Name);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorType.UserError, error.ErrorCode.Type);
    }

    [Fact]
    public async Task The_engine_still_answers_after_every_error_and_holds_no_query_memory()
    {
        long before = _engine.NodeMemory.ReservedBytes;
        foreach (var row in Errors)
        {
            await Assert.ThrowsAsync<ManifoldException>(() => EngineHarness.RunAsync(_engine, _session, row.Data.Item1));
        }

        Assert.Equal(2, (await EngineHarness.RunAsync(_engine, _session, "SELECT * FROM t")).Count);
        Assert.Equal(before, _engine.NodeMemory.ReservedBytes);
    }
}
