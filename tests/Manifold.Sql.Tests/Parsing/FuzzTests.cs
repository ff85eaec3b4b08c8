using System.Diagnostics;
using System.Text;
using Manifold.Sql.Lexing;
using Manifold.Sql.Parsing;
using Manifold.Testing;

namespace Manifold.Sql.Tests.Parsing;

/// <summary>Malformed input of every kind must end in a <see cref="SqlParseException"/> (with a sane position) or a
/// tree, within a bounded time, on a 1 MB stack; nothing else may escape the parser.</summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string Punctuation = "'\"`()[],;.-/*+|=<>!?:@_$\\\n\r\t a1";

    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(5);

    private static readonly string[] s_valid =
    [
        "SELECT a, b AS x, count(*) FILTER (WHERE c > 1) FROM t JOIN u ON t.id = u.id WHERE a BETWEEN 1 AND 2 GROUP BY a, b HAVING sum(c) > 0 ORDER BY 1 DESC NULLS LAST LIMIT 10",
        "WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
        "SELECT CASE WHEN x IS NULL THEN 'a''b' ELSE CAST(x AS varchar(10)) END, ARRAY[1, 2][1], ROW(1, 'x'), x -> x + 1 FROM t",
        "SELECT * FROM (VALUES (1, DATE '2020-01-01'), (2, TIMESTAMP '2020-01-01 00:00')) AS v (a, b) CROSS JOIN UNNEST(ARRAY[1]) WITH ORDINALITY",
        "SELECT rank() OVER (PARTITION BY a ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t WINDOW w AS (ORDER BY c)",
        "SELECT substring(s FROM 1 FOR 2), TRIM(LEADING 'x' FROM s), POSITION('a' IN s), EXTRACT(YEAR FROM d), INTERVAL -'1' DAY TO HOUR FROM t",
        "CREATE TABLE IF NOT EXISTS c.s.t (a bigint NOT NULL PRIMARY KEY COMMENT 'x', b row(x int, y array(double precision)), PRIMARY KEY (a)) WITH (format = 'ORC')",
        "INSERT INTO t (a, b) SELECT x, y FROM u WHERE x IN (SELECT z FROM v) AND NOT EXISTS (SELECT 1) AND y = ANY (SELECT 2)",
        "EXPLAIN ANALYZE (TYPE DISTRIBUTED, FORMAT JSON) UPDATE t SET a = ? WHERE b LIKE '%x' ESCAPE '\\'",
        "SELECT \"quoted \"\" id\", U&'\\0041' UESCAPE '\\', X'00ff', 1.5e3, .5, 1., ? FROM \"t\" /* comment */ -- tail",
        "PREPARE p FROM SELECT * FROM t WHERE a = ?; EXECUTE p USING 1",
        "START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ ONLY",
    ];

    private static void ParseChecked(string sql)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            SqlParser.ParseStatement(sql);
        }
        catch (SqlParseException e)
        {
            int lines = 1;
            foreach (char c in sql)
            {
                if (c == '\n')
                {
                    lines++;
                }
            }
            Assert.InRange(e.Line, 1, lines);
            Assert.True(e.Column >= 1, $"column {e.Column} for: {Shorten(sql)}");
            Assert.False(string.IsNullOrEmpty(e.Message));
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name}: {e.Message}\nfor: {Shorten(sql)}");
        }
        Assert.True(stopwatch.Elapsed < PerInputLimit, $"took {stopwatch.Elapsed} for: {Shorten(sql)}");
    }

    private static string Shorten(string sql) => sql.Length > 300 ? sql[..300] + "…" : sql;

    [Fact]
    public void Every_truncation_of_valid_statements_fails_cleanly()
    {
        var inputs = new List<string>(s_valid);
        string tpch = SharedCorpus.Root is string root ? Path.Combine(root, "tpch", "queries") : "";
        if (Directory.Exists(tpch))
        {
            inputs.AddRange(Directory.GetFiles(tpch, "q*.sql").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));
        }
        int count = 0;
        SmallStack.Run(() =>
        {
            foreach (string sql in inputs)
            {
                for (int length = 0; length <= sql.Length; length++)
                {
                    ParseChecked(sql[..length]);
                    count++;
                }
            }
        });
        output.WriteLine($"{count} truncations");
        Assert.True(count > 1000);
    }

    [Fact]
    public void Random_bytes_and_characters_fail_cleanly()
    {
        var random = new Random(20241122);
        SmallStack.Run(() =>
        {
            for (int i = 0; i < 3000; i++)
            {
                int length = random.Next(0, 200);
                var text = new StringBuilder(length);
                for (int j = 0; j < length; j++)
                {
                    text.Append(random.Next(4) switch
                    {
                        0 => (char)random.Next(0, 32),
                        1 => (char)random.Next(32, 127),
                        2 => (char)random.Next(127, 0x3000),
                        _ => Punctuation[random.Next(Punctuation.Length)],
                    });
                }
                ParseChecked(text.ToString());
            }
        });
    }

    [Fact]
    public void Random_token_soups_fail_cleanly()
    {
        string[] words = Enum.GetValues<Keyword>().Where(k => k != Keyword.None).Select(Keywords.Text).ToArray();
        string[] others =
        [
            "(", ")", "[", "]", ",", ".", ";", "?", "*", "+", "-", "/", "%", "||", "->", "=>", "=", "<>", "!=", "<", "<=",
            ">", ">=", "a", "b.c", "\"q\"", "'s'", "U&'u'", "X'00'", "1", "1.5", ".5", "1e3", "f(", "count(*)", "--x\n", "/*c*/",
        ];
        var random = new Random(7);
        SmallStack.Run(() =>
        {
            for (int i = 0; i < 5000; i++)
            {
                int length = random.Next(1, 40);
                var text = new StringBuilder();
                if (random.Next(2) == 0)
                {
                    text.Append("SELECT ");
                }
                for (int j = 0; j < length; j++)
                {
                    text.Append(random.Next(3) == 0 ? words[random.Next(words.Length)] : others[random.Next(others.Length)]);
                    text.Append(random.Next(5) == 0 ? "\n" : " ");
                }
                ParseChecked(text.ToString());
            }
        });
    }

    [Fact]
    public void Mutations_of_valid_statements_fail_cleanly()
    {
        var random = new Random(42);
        SmallStack.Run(() =>
        {
            for (int i = 0; i < 5000; i++)
            {
                var text = new StringBuilder(s_valid[random.Next(s_valid.Length)]);
                int edits = random.Next(1, 5);
                for (int e = 0; e < edits && text.Length > 0; e++)
                {
                    int at = random.Next(text.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                            break;
                        case 1:
                            text.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                            break;
                        default:
                            text[at] = (char)random.Next(32, 127);
                            break;
                    }
                }
                ParseChecked(text.ToString());
            }
        });
    }

    [Fact]
    public void Ten_thousand_deep_nesting_of_every_kind_fails_cleanly()
    {
        (string Open, string Close)[] shapes =
        [
            ("(", ")"), ("NOT ", ""), ("- ", ""), ("CASE WHEN ", " THEN 1 END"), ("ARRAY[", "]"), ("ROW(", ")"), ("f(", ")"),
            ("CAST(", " AS int)"), ("x IN (", ")"), ("(SELECT ", ")"), ("EXISTS (SELECT ", ")"), ("a[", "]"), ("x -> ", ""),
            ("TRY(", ")"), ("COALESCE(1, ", ")"), ("CAST(1 AS row(a ", "))"),
        ];
        SmallStack.Run(() =>
        {
            foreach ((string open, string close) in shapes)
            {
                var text = new StringBuilder("SELECT ");
                text.Insert(text.Length, open, 10_000).Append('1').Insert(text.Length, close, 10_000);
                ParseChecked(text.ToString());
                ParseChecked(text.ToString()[..(text.Length / 2)]);
            }
            ParseChecked(new StringBuilder().Insert(0, "SELECT * FROM (", 10_000).Append("t").Append(')', 10_000).ToString());
            ParseChecked(new StringBuilder("SELECT * FROM a").Insert(15, " JOIN b", 10_000).Insert(15 + 7 * 10_000, " ON TRUE", 10_000).ToString());
            ParseChecked(string.Join(" UNION ", Enumerable.Repeat("SELECT 1", 10_000)));
            ParseChecked("SELECT " + string.Join(" || ", Enumerable.Repeat("'a'", 10_000)));
        });
    }

    [Fact]
    public void Megabyte_tokens_fail_or_parse_in_bounded_time()
    {
        string big = new('z', 1 << 20);
        SmallStack.Run(() =>
        {
            ParseChecked("SELECT " + big);
            ParseChecked("SELECT '" + big);
            ParseChecked("SELECT \"" + big);
            ParseChecked("SELECT /*" + big);
            ParseChecked("SELECT X'" + new string('A', 1 << 20) + "'");
            ParseChecked("SELECT 1" + big);
            ParseChecked("SELECT " + new string('9', 1 << 20) + ".5e");
            ParseChecked("SELECT " + string.Concat(Enumerable.Repeat("a, ", 200_000)) + "b FROM t");
            ParseChecked("SELECT '" + new StringBuilder().Insert(0, "''", 1 << 19) + "'");
            ParseChecked(new string(' ', 1 << 20) + "SELECT 1 +");
            ParseChecked(string.Concat(Enumerable.Repeat("-- comment\n", 100_000)) + "SELECT");
        });
    }
}
