using System.Text;
using Manifold.Sql.Formatting;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;
using Manifold.Testing;

namespace Manifold.Sql.Tests.Parsing;

public sealed class DepthTests
{
    private const string TooLarge = "statement is too large (stack overflow while parsing)";

    private static SqlParseException ParseFails(string sql)
        => SmallStack.Run(() => Assert.Throws<SqlParseException>(() => SqlParser.ParseStatement(sql)));

    [Fact]
    public void Ten_thousand_nested_parentheses_are_refused_as_too_large()
    {
        string sql = "SELECT " + new string('(', 10_000) + "1" + new string(')', 10_000);
        SqlParseException error = ParseFails(sql);
        Assert.Equal(TooLarge, error.Message);
        Assert.Equal(1, error.Line);
        Assert.InRange(error.Column, 8, 8 + 10_000);
    }

    [Fact]
    public void Ten_thousand_nots_are_refused_as_too_large()
    {
        string sql = "SELECT " + string.Concat(Enumerable.Repeat("NOT ", 10_000)) + "TRUE";
        SqlParseException error = ParseFails(sql);
        Assert.Equal(TooLarge, error.Message);
    }

    [Fact]
    public void Ten_thousand_nested_subqueries_are_refused_as_too_large()
    {
        string sql = string.Concat(Enumerable.Repeat("SELECT * FROM (", 10_000)) + "SELECT 1" + new string(')', 10_000);
        Assert.Equal(TooLarge, ParseFails(sql).Message);
    }

    [Fact]
    public void Ten_thousand_unary_minuses_and_nested_calls_are_refused_as_too_large()
    {
        Assert.Equal(TooLarge, ParseFails("SELECT " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "1").Message);
        Assert.Equal(TooLarge, ParseFails("SELECT " + string.Concat(Enumerable.Repeat("f(", 10_000)) + "1" + new string(')', 10_000)).Message);
        Assert.Equal(TooLarge, ParseFails("SELECT CAST(" + string.Concat(Enumerable.Repeat("array(", 10_000)) + "int" + new string(')', 10_000) + " AS x)").Message);
    }

    [Fact]
    public void An_and_chain_of_ten_thousand_terms_parses_flat()
    {
        string sql = "SELECT * FROM t WHERE " + string.Join(" AND ", Enumerable.Range(0, 10_000).Select(i => $"c{i} = {i}"));
        var query = (Query)SmallStack.Run(() => SqlParser.ParseStatement(sql));
        var where = (LogicalExpression)((QuerySpecification)query.Body).Where!;
        Assert.Equal(10_000, where.Terms.Count);
        string formatted = SmallStack.Run(() => SqlFormatter.Format(query));
        Assert.Equal(query, SmallStack.Run(() => SqlParser.ParseStatement(formatted)));
    }

    [Fact]
    public void A_left_deep_chain_longer_than_the_depth_limit_is_refused_at_its_deepest_node()
    {
        string sql = "SELECT " + string.Join(" + ", Enumerable.Repeat("1", 10_000));
        SqlParseException error = ParseFails(sql);
        Assert.Equal(TooLarge, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(8, error.Column);
        Assert.Equal(TooLarge, ParseFails(string.Join(" UNION ", Enumerable.Repeat("SELECT 1", 10_000))).Message);
    }

    [Fact]
    public void Trees_just_under_the_limits_parse_format_and_compare_on_a_one_megabyte_stack()
    {
        int calls = SqlParser.MaxNestingDepth - 5;
        string nested = "SELECT " + string.Concat(Enumerable.Repeat("f(", calls)) + "1" + new string(')', calls);
        int terms = SqlParser.MaxDepth - 10;
        string chain = "SELECT " + string.Join(" + ", Enumerable.Repeat("x", terms));
        string parentheses = "SELECT " + new string('(', calls - 5) + "1" + new string(')', calls - 5);
        foreach (string sql in new[] { nested, chain, parentheses })
        {
            SmallStack.Run(() =>
            {
                Statement statement = SqlParser.ParseStatement(sql);
                string formatted = SqlFormatter.Format(statement);
                Statement again = SqlParser.ParseStatement(formatted);
                Assert.Equal(statement, again);
                Assert.Equal(statement.GetHashCode(), again.GetHashCode());
            });
        }
    }

    [Fact]
    public void Nesting_one_level_past_the_limit_is_refused_at_the_innermost_token()
    {
        int calls = SqlParser.MaxNestingDepth;
        string sql = "SELECT " + string.Concat(Enumerable.Repeat("f(", calls)) + "1" + new string(')', calls);
        SqlParseException error = ParseFails(sql);
        Assert.Equal(TooLarge, error.Message);
        // The statement, the query and the select item take three levels; the argument of call 198 is the 201st.
        Assert.Equal((1, 8 + 2 * (calls - 2)), (error.Line, error.Column));
    }

    [Fact]
    public void Megabyte_identifiers_and_literals_parse_in_linear_time()
    {
        string name = new('a', 1 << 20);
        string text = new('x', 1 << 20);
        var query = (Query)SqlParser.ParseStatement($"SELECT {name}, '{text}', \"{name}\" FROM t");
        var items = ((QuerySpecification)query.Body).Select.Items;
        Assert.Equal(name, ((Identifier)((SingleColumn)items[0]).Expression).Value);
        Assert.Equal(text, ((StringLiteral)((SingleColumn)items[1]).Expression).Value);
        string quoted = new StringBuilder().Append('\'').Insert(1, "''", 1 << 18).Append('\'').ToString();
        Assert.Equal(new string('\'', 1 << 18), ((StringLiteral)SqlParser.ParseExpression(quoted)).Value);
        string digits = new('7', 1 << 20);
        Assert.Equal(digits, ((LongLiteral)SqlParser.ParseExpression(digits)).Text);
    }
}
