using System.Text;
using System.Text.RegularExpressions;
using Manifold.Engine.Functions.Operators;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Operators;

public sealed class LikeOperatorTests
{
    private static readonly VarcharType Varchar = SqlType.Varchar;

    private static IScalarKernel Like(bool escape = false, SqlType? valueType = null)
        => Kernel(new LikeOperator(), escape ? [valueType ?? Varchar, Varchar, Varchar] : [valueType ?? Varchar, Varchar], SqlType.Boolean);

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "a%", true)]
    [InlineData("abc", "%c", true)]
    [InlineData("abc", "%b%", true)]
    [InlineData("abc", "%d%", false)]
    [InlineData("abc", "a_c", true)]
    [InlineData("abc", "_", false)]
    [InlineData("", "%", true)]
    [InlineData("", "", true)]
    [InlineData("", "_", false)]
    [InlineData("héllo", "h_llo", true)]
    [InlineData("héllo", "h__llo", false)]
    [InlineData("日本語", "__語", true)]
    [InlineData("aXbXc", "a%b%c", true)]
    [InlineData("abcabc", "%abc", true)]
    [InlineData("ab", "a%%b", true)]
    [InlineData("abcd", "a%c_", true)]
    [InlineData("abcd", "_%_d", true)]
    [InlineData("abc", "%a_c%", true)]
    [InlineData("ac", "a%_c", false)]
    [InlineData("a\nb", "a_b", true)]
    public void Patterns_match_like_sql(string value, string pattern, bool expected)
    {
        Assert.Equal([expected], Run(Like(), 1, Column(Varchar, value), Constant(Varchar, pattern, 1)));
        Assert.Equal([expected], Run(Like(), 1, Column(Varchar, value), Column(Varchar, pattern)));
    }

    [Theory]
    [InlineData("10%", "10#%", "#", true)]
    [InlineData("100", "10#%", "#", false)]
    [InlineData("a_b", "a#_b", "#", true)]
    [InlineData("axb", "a#_b", "#", false)]
    [InlineData("a#b", "a##b", "#", true)]
    [InlineData("a%", "a\\%", "\\", true)]
    public void Escaped_wildcards_are_literals(string value, string pattern, string escape, bool expected)
        => Assert.Equal([expected], Run(Like(escape: true), 1, Column(Varchar, value), Constant(Varchar, pattern, 1), Constant(Varchar, escape, 1)));

    [Theory]
    [InlineData("a#", "#")]
    [InlineData("#a", "#")]
    [InlineData("abc", "##")]
    [InlineData("abc", "")]
    public void Invalid_escapes_fail(string pattern, string escape)
    {
        ManifoldException error = Fails(Like(escape: true), Column(Varchar, "abc"), Constant(Varchar, pattern, 1), Constant(Varchar, escape, 1));
        Assert.Equal(StandardErrorCode.InvalidFunctionArgument, error.ErrorCode);
        Assert.Equal(escape.Length == 1
            ? "Escape character must be followed by '%', '_' or the escape character itself"
            : "Escape string must be a single character", error.RawMessage);
    }

    [Fact]
    public void Nulls_give_null_and_encodings_agree()
    {
        Vector values = Column(Varchar, "apple", null, "banana", "apricot", "");
        Assert.Equal([true, null, false, true, false], RunAllEncodings(Like(), values, Column(Varchar, "ap%", "ap%", "ap%", "ap%", "ap%")));
        Assert.Equal([null, null, null, null, null], Run(Like(), 5, values, Constant(Varchar, null, 5)));
        Vector result = Like().Evaluate([AsDictionary(values), Constant(Varchar, "%an%", 5)], 5, Context);
        Assert.IsType<DictionaryVector>(result);
        Assert.Equal([false, null, true, false, false], Values(result));
    }

    [Fact]
    public void Char_values_are_padded_before_matching()
    {
        CharType type = SqlType.CreateChar(5);
        Assert.Equal([true, false], Run(Like(valueType: type), 2, Column(type, "ab", "abcde"), Constant(Varchar, "ab   ", 2)));
        Assert.Equal([true], Run(Like(valueType: type), 1, Column(type, "ab"), Constant(Varchar, "%b %", 1)));
    }

    [Theory]
    [InlineData(1, 31)]
    [InlineData(7, 32)]
    [InlineData(2048, 33)]
    public void Random_patterns_agree_with_a_regex_reference(int rowCount, int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 20; round++)
        {
            string pattern = RandomText(random, "ab%_é", random.Next(0, 6));
            string[] values = Enumerable.Range(0, rowCount).Select(_ => RandomText(random, "abé", random.Next(0, 7))).ToArray();
            object?[] actual = RunAllEncodings(Like(), Column(Varchar, values), Column(Varchar, Enumerable.Repeat<object?>(pattern, rowCount).ToArray()));
            object?[] constant = Run(Like(), rowCount, Column(Varchar, values), Constant(Varchar, pattern, rowCount));
            var regex = new Regex("^" + string.Concat(pattern.Select(c => c switch { '%' => ".*", '_' => ".", _ => Regex.Escape(c.ToString()) })) + "$",
                RegexOptions.Singleline);
            for (int i = 0; i < rowCount; i++)
            {
                bool expected = regex.IsMatch(values[i]);
                Assert.True(Equals(expected, actual[i]) && Equals(expected, constant[i]),
                    $"seed {seed} round {round}: '{values[i]}' LIKE '{pattern}' expected {expected}");
            }
        }
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }
        return builder.ToString();
    }
}
