using System.Text;
using Manifold.Engine.Runtime;
using Manifold.Sql.Lexing;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Thousands of malformed statements through the whole engine: every truncation of real statements, random
/// bytes, random token soups, mutations and megabyte tokens. Each ends in a result or a clean user error (see
/// <see cref="HostileInput"/>), and the engine still answers afterwards. The TPC-H tables exist empty in
/// <c>memory.default</c>, so prefixes that happen to be valid queries run quickly.</summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;

    private static readonly string[] s_tables = ["region", "nation", "supplier", "customer", "part", "partsupp", "orders", "lineitem"];

    /// <summary>Statements of every kind besides the TPC-H queries (which come from the shared corpus).</summary>
    private static readonly string[] s_statements =
    [
        "CREATE TABLE t1 (a bigint, b varchar(10), c decimal(12, 2), d date, e array(integer), f row(x double, y boolean))",
        "CREATE TABLE IF NOT EXISTS t2 AS SELECT n_nationkey AS k, n_name AS name FROM nation WHERE n_regionkey = 1",
        "CREATE TABLE t3 (a integer) WITH (comment = 'x')",
        "INSERT INTO lineitem SELECT * FROM lineitem WHERE l_orderkey < 0",
        "INSERT INTO nation (n_nationkey, n_name, n_regionkey, n_comment) VALUES (1, 'a', 2, 'c'), (3, 'd', 4, 'e')",
        "UPDATE nation SET n_comment = upper(n_comment) WHERE n_nationkey IN (SELECT r_regionkey FROM region)",
        "DELETE FROM nation WHERE n_name LIKE 'A%' ESCAPE '\\' AND n_regionkey BETWEEN 1 AND 3",
        "ALTER TABLE nation ADD COLUMN n_extra varchar",
        "DROP TABLE IF EXISTS memory.default.t9",
        "CREATE VIEW v1 AS SELECT r_name, count(*) AS c FROM region JOIN nation ON r_regionkey = n_regionkey GROUP BY r_name",
        "SHOW TABLES FROM memory.default LIKE 'n%'",
        "SHOW COLUMNS FROM nation",
        "SHOW SCHEMAS FROM tpch",
        "SHOW CATALOGS",
        "SHOW FUNCTIONS LIKE 'array%'",
        "SHOW SESSION",
        "SHOW CREATE TABLE nation",
        "DESCRIBE nation",
        "USE tpch.tiny",
        "SET SESSION query_max_memory_per_node = '1GB'",
        "RESET SESSION join_reordering_strategy",
        "EXPLAIN SELECT * FROM nation n JOIN region r ON n.n_regionkey = r.r_regionkey WHERE r.r_name = 'ASIA'",
        "EXPLAIN ANALYZE SELECT count(*) FROM lineitem WHERE l_quantity > 10",
        "EXPLAIN (TYPE DISTRIBUTED, FORMAT JSON) SELECT n_name, rank() OVER (PARTITION BY n_regionkey ORDER BY n_name) FROM nation",
        "PREPARE p1 FROM SELECT * FROM nation WHERE n_nationkey = ? AND n_name <> ?",
        "EXECUTE p1 USING 1, 'x'",
        "EXECUTE IMMEDIATE 'SELECT ? + 1' USING 41",
        "DESCRIBE INPUT p1",
        "DESCRIBE OUTPUT p1",
        "DEALLOCATE PREPARE p1",
        "START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ ONLY",
        "COMMIT",
        "SELECT a.x, sum(b.y) FILTER (WHERE b.y > 0) FROM UNNEST(ARRAY[1, 2]) WITH ORDINALITY a (x, o) CROSS JOIN LATERAL "
            + "(SELECT x * 2 AS y) b GROUP BY GROUPING SETS ((a.x), ()) HAVING count(*) > 0 ORDER BY 1 NULLS FIRST OFFSET 1 FETCH FIRST 3 ROWS WITH TIES",
        "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r",
        "SELECT CASE WHEN x IS NULL THEN 'a''b' ELSE CAST(x AS varchar(10)) END, TRY(1 / 0), ARRAY[1, 2][1], ROW(1, 'x'), "
            + "transform(ARRAY[1], y -> y + 1), map(ARRAY['k'], ARRAY[1])['k'], DATE '2020-01-01' + INTERVAL '1' DAY FROM (VALUES 1, NULL) t (x)",
        "SELECT \"quoted \"\" id\", U&'\\0041' UESCAPE '\\', X'00ff', 1.5e3, .5, 1. FROM (VALUES 1) AS \"t\" (\"quoted \"\" id\") /* c */ -- tail",
    ];

    private readonly Bench.Tpch.TpchCatalogDirectory _etc = Bench.Tpch.TpchCatalogDirectory.Create();
    private readonly ManifoldEngine _engine;
    private Session.Session _session = null!;

    public MalformedInputTests(ITestOutputHelper output)
    {
        _output = output;
        _engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = _etc.Path });
    }

    public async ValueTask InitializeAsync()
    {
        _session = EngineHarness.MemorySession(_engine);
        foreach (string table in s_tables)
        {
            await EngineHarness.RunAsync(_engine, _session, $"CREATE TABLE {table} AS SELECT * FROM tpch.tiny.{table} WHERE false");
        }
    }

    public ValueTask DisposeAsync()
    {
        _engine.Dispose();
        _etc.Dispose();
        return ValueTask.CompletedTask;
    }

    private static List<string> RealStatements()
    {
        var statements = new List<string>(s_statements);
        string queries = SharedCorpus.Require("tpch/queries");
        statements.AddRange(Directory.GetFiles(queries, "q*.sql").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
        return statements;
    }

    /// <summary>Runs every input (each in a fresh session, so USE and SET do not leak) and counts the outcomes.</summary>
    private async Task<Dictionary<string, int>> RunAllAsync(IEnumerable<string> inputs)
    {
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string sql in inputs)
        {
            HostileInput.Outcome outcome = await HostileInput.RunAsync(_engine, EngineHarness.MemorySession(_engine), sql);
            string key = outcome.ErrorName ?? "OK";
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
        _output.WriteLine(string.Join(", ", outcomes.OrderByDescending(p => p.Value).Select(p => $"{p.Key}={p.Value}")));
        await AssertEngineHealthyAsync();
        return outcomes;
    }

    private async Task AssertEngineHealthyAsync()
    {
        var rows = await EngineHarness.RunAsync(_engine, _session, "SELECT count(*), sum(n_nationkey) FROM tpch.tiny.nation");
        Assert.Equal([25L, 300L], rows.Single());
    }

    [Fact]
    public async Task Every_truncation_of_real_statements_fails_cleanly_or_runs()
    {
        var inputs = new List<string>();
        foreach (string sql in RealStatements())
        {
            for (int length = 0; length < sql.Length; length++)
            {
                inputs.Add(sql[..length]);
            }
        }
        Dictionary<string, int> outcomes = await RunAllAsync(inputs);
        Assert.True(inputs.Count > 10_000, $"{inputs.Count} truncations");
        Assert.True(outcomes.GetValueOrDefault("SYNTAX_ERROR") > inputs.Count / 2);
        Assert.True(outcomes.GetValueOrDefault("OK") > 50, "some prefixes are complete statements and must run");
    }

    [Fact]
    public async Task Random_bytes_and_characters_fail_cleanly()
    {
        const string punctuation = "'\"`()[],;.-/*+|=<>!?:@_$\\\n\r\t a1";
        var random = new Random(20261122);
        var inputs = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            int length = random.Next(0, 120);
            var text = new StringBuilder(length);
            for (int j = 0; j < length; j++)
            {
                text.Append(random.Next(4) switch
                {
                    0 => (char)random.Next(0, 32),
                    1 => (char)random.Next(32, 127),
                    2 => (char)random.Next(127, 0xD800),
                    _ => punctuation[random.Next(punctuation.Length)],
                });
            }
            inputs.Add(text.ToString());
        }
        // Raw bytes decoded as UTF-8, invalid sequences included (they become U+FFFD, as a server would decode them).
        for (int i = 0; i < 1000; i++)
        {
            byte[] bytes = new byte[random.Next(1, 120)];
            random.NextBytes(bytes);
            inputs.Add((random.Next(2) == 0 ? "SELECT " : "") + Encoding.UTF8.GetString(bytes));
        }
        await RunAllAsync(inputs);
    }

    [Fact]
    public async Task Random_token_soups_fail_cleanly()
    {
        string[] words = Enum.GetValues<Keyword>().Where(k => k != Keyword.None).Select(Keywords.Text).ToArray();
        string[] others =
        [
            "(", ")", "[", "]", ",", ".", ";", "?", "*", "+", "-", "/", "%", "||", "->", "=>", "=", "<>", "<", "<=", ">=",
            "nation", "n_name", "n_nationkey", "region.r_name", "tpch.tiny.orders", "\"q\"", "'s'", "X'00'", "1", "0", "1.5",
            "1e3", "abs(", "count(*)", "sum(", "ARRAY[", "CAST(", "DATE '2020-01-01'", "--x\n", "/*c*/",
        ];
        var random = new Random(7);
        var inputs = new List<string>();
        for (int i = 0; i < 4000; i++)
        {
            var text = new StringBuilder();
            text.Append(random.Next(4) switch
            {
                0 => "SELECT ",
                1 => "SELECT * FROM nation WHERE ",
                2 => "",
                _ => words[random.Next(words.Length)] + " ",
            });
            int length = random.Next(1, 30);
            for (int j = 0; j < length; j++)
            {
                text.Append(random.Next(3) == 0 ? words[random.Next(words.Length)] : others[random.Next(others.Length)]);
                text.Append(random.Next(5) == 0 ? "\n" : " ");
            }
            inputs.Add(text.ToString());
        }
        await RunAllAsync(inputs);
    }

    [Fact]
    public async Task Mutations_of_real_statements_fail_cleanly_or_run()
    {
        const string punctuation = "'\"()[],;.-/*+|=<>?:\n a1";
        List<string> statements = RealStatements();
        var random = new Random(42);
        var inputs = new List<string>();
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder(statements[random.Next(statements.Count)]);
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, punctuation[random.Next(punctuation.Length)]);
                        break;
                    default:
                        text[at] = (char)random.Next(32, 127);
                        break;
                }
            }
            inputs.Add(text.ToString());
        }
        await RunAllAsync(inputs);
    }

    public static TheoryData<string, string, string?> MegabyteInputs()
    {
        string big = new('z', 1 << 20);
        string digits = new('9', 1 << 20);
        return new()
        {
            // (label, SQL, the error it must end in; null: it must succeed)
            { "plain identifier", "SELECT " + big + " FROM nation", "COLUMN_NOT_FOUND" },
            { "quoted identifier", "SELECT \"" + big + "\" FROM nation", "COLUMN_NOT_FOUND" },
            { "table name", "SELECT * FROM " + big, "TABLE_NOT_FOUND" },
            { "quoted table name", "SELECT * FROM \"" + big + "\"", "TABLE_NOT_FOUND" },
            { "column alias", "SELECT 1 AS " + big, null },
            { "string literal", "SELECT length('" + big + "')", null },
            { "escaped quotes", "SELECT length('" + new StringBuilder().Insert(0, "''", 1 << 19) + "')", null },
            { "binary literal", "SELECT length(X'" + new string('A', 1 << 20) + "')", null },
            { "integer literal", "SELECT " + digits, "INVALID_LITERAL" },
            { "decimal literal", "SELECT 0." + digits, "INVALID_LITERAL" },
            { "block comment", "SELECT 1 /*" + big + "*/", null },
            { "line comment", "SELECT 1 --" + big, null },
            { "leading whitespace", new string(' ', 1 << 20) + "SELECT 1", null },
            { "unterminated string", "SELECT '" + big, "SYNTAX_ERROR" },
            { "unterminated quoted identifier", "SELECT \"" + big, "SYNTAX_ERROR" },
            { "unterminated comment", "SELECT 1 /*" + big, "SYNTAX_ERROR" },
            { "identifier then garbage", "SELECT 1" + big + " +", "SYNTAX_ERROR" },
            { "many comment lines", string.Concat(Enumerable.Repeat("-- comment\n", 100_000)) + "SELECT", "SYNTAX_ERROR" },
        };
    }

    [Theory]
    [MemberData(nameof(MegabyteInputs))]
    public async Task Megabyte_tokens_fail_cleanly_or_run(string label, string sql, string? expectedError)
    {
        HostileInput.Outcome outcome = await HostileInput.RunAsync(_engine, _session, sql);

        Assert.True(expectedError == outcome.ErrorName, $"{label}: expected {expectedError ?? "success"}, got {outcome.ErrorName ?? "success"}");
        if (label is "string literal" or "binary literal")
        {
            Assert.Equal(1L << (label == "string literal" ? 20 : 19), Convert.ToInt64(outcome.Rows!.Single()[0]));
        }
        if (label == "escaped quotes")
        {
            Assert.Equal(1L << 19, Convert.ToInt64(outcome.Rows!.Single()[0]));
        }
        await AssertEngineHealthyAsync();
    }
}
