using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class ResultFormatterTests
{
    [Fact]
    public void Hash_is_md5_of_values_each_followed_by_newline()
    {
        Assert.Equal("6ddb4095eb719e2a9f0a3f95677d24e0", ResultFormatter.Hash(["1", "2"]));
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", ResultFormatter.Hash([]));
    }

    [Fact]
    public void Hash_line_reads_back()
    {
        string line = ResultFormatter.HashLine(30, "3c13dee48d9356ae19af2515e05e6b54");

        Assert.Equal("30 values hashing to 3c13dee48d9356ae19af2515e05e6b54", line);
        Assert.True(ResultFormatter.TryParseHashLine(line, out int count, out string hash));
        Assert.Equal(30, count);
        Assert.Equal("3c13dee48d9356ae19af2515e05e6b54", hash);
        Assert.False(ResultFormatter.TryParseHashLine("30", out _, out _));
    }

    [Fact]
    public void Expected_block_hash_is_the_hash_line_or_the_hash_of_the_listed_values()
    {
        Assert.Equal("abc", ResultFormatter.HashOfExpected(["9 values hashing to abc"]));
        Assert.Equal(ResultFormatter.Hash(["1", "2"]), ResultFormatter.HashOfExpected(["1", "2"]));
    }

    [Fact]
    public void Rowsort_compares_rows_value_by_value_as_byte_strings()
    {
        var values = new List<string> { "9", "b", "10", "z", "-5", "q", "0", "a", "NULL", "n", "10", "a" };

        ResultFormatter.Sort(values, 2, SortMode.RowSort);

        Assert.Equal(["-5", "q", "0", "a", "10", "a", "10", "z", "9", "b", "NULL", "n"], values);
    }

    [Fact]
    public void Valuesort_ignores_row_boundaries()
    {
        var values = new List<string> { "9", "b", "10", "NULL", "a", "-1" };

        ResultFormatter.Sort(values, 2, SortMode.ValueSort);

        Assert.Equal(["-1", "10", "9", "NULL", "a", "b"], values);
    }

    [Fact]
    public void Nosort_keeps_engine_order()
    {
        var values = new List<string> { "9", "10", "NULL" };

        ResultFormatter.Sort(values, 1, SortMode.NoSort);

        Assert.Equal(["9", "10", "NULL"], values);
    }

    [Fact]
    public void Render_goes_row_by_row_with_each_column_letter()
    {
        object?[][] rows = [[1L, 2.5, "x"], [null, 3L, ""]];

        Assert.Equal(["1", "2.500", "x", "NULL", "3.000", "(empty)"], ResultFormatter.Render(rows, "IRT"));
    }
}
