using Manifold.Sql.Formatting;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;
using Manifold.Testing;

namespace Manifold.Sql.Tests.Formatting;

/// <summary>Seeded random trees: format → parse gives an equal tree (failures print the seed and the SQL).</summary>
public sealed class RandomTreeRoundTripTests
{
    private const int Seeds = 3000;

    [Fact]
    public void Random_statements_round_trip()
        => Check(seed => new RandomSqlTreeGenerator(seed).NextStatement(), sql => SqlParser.ParseStatement(sql));

    [Fact]
    public void Random_queries_round_trip()
        => Check(seed => new RandomSqlTreeGenerator(seed + 1_000_000, maxDepth: 5).NextQuery(), sql => SqlParser.ParseStatement(sql));

    [Fact]
    public void Random_expressions_round_trip()
        => Check(seed => new RandomSqlTreeGenerator(seed + 2_000_000, maxDepth: 6).NextExpression(), sql => SqlParser.ParseExpression(sql));

    [Fact]
    public void Random_types_round_trip()
        => Check(seed => new RandomSqlTreeGenerator(seed + 3_000_000).NextDataType(), sql => SqlParser.ParseDataType(sql));

    private static void Check(Func<int, Node> generate, Func<string, Node> parse)
    {
        for (int seed = 0; seed < Seeds; seed++)
        {
            Node tree = generate(seed);
            string sql = SqlFormatter.Format(tree);
            Node reparsed;
            try
            {
                reparsed = parse(sql);
            }
            catch (SqlParseException e)
            {
                Assert.Fail($"seed {seed}: formatted SQL does not parse: {e.PositionedMessage}\n{sql}\n{TreeDump.Of(tree)}");
                return;
            }
            if (!tree.Equals(reparsed))
            {
                string expected = TreeDump.Of(tree);
                string actual = TreeDump.Of(reparsed);
                int at = 0;
                while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
                {
                    at++;
                }
                int from = Math.Max(0, at - 150);
                Assert.Fail($"seed {seed}: round trip changed the tree\n{sql}\nexpected: …{expected[from..Math.Min(expected.Length, at + 150)]}\nactual:   …{actual[from..Math.Min(actual.Length, at + 150)]}");
            }
        }
    }
}
