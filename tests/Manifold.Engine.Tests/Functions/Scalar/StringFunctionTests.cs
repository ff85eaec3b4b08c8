using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class StringFunctionTests
{
    [Fact]
    public void Chr_and_codepoint_convert_between_characters_and_code_points()
    {
        Assert.Equal("A", Call("chr", BigInt(65)));
        Assert.Equal("😀", Call("chr", BigInt(0x1F600)));
        Assert.Equal(SqlType.CreateVarchar(1), TypeOf("chr", BigInt(65)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "chr", BigInt(-1));
        Fails(StandardErrorCode.InvalidFunctionArgument, "chr", BigInt(0xD800));
        Assert.Equal(65, Call("codepoint", Varchar("A", 1)));
        Assert.Equal(0x1F600, Call("codepoint", Varchar("😀", 1)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "codepoint", Varchar("", 1));
    }

    [Fact]
    public void Concat_joins_strings_binaries_and_arrays()
    {
        Assert.Equal("abcd", Call("concat", Varchar("ab"), Varchar("cd")));
        Assert.Equal("abcdé", Call("concat", Varchar("ab"), Varchar("cd"), Varchar("é")));
        Assert.Null(Call("concat", Varchar("ab"), Null("varchar")));
        Assert.Equal(new byte[] { 1, 2, 3 }, Call("concat", Varbinary([1]), Varbinary([2, 3])));
        Assert.Equal(new object?[] { 1L, 2L, 3L }, Call("concat", Array("bigint", 1L), Array("bigint", 2L, 3L)));
        Assert.Equal(new object?[] { 0L, 1L }, Call("concat", BigInt(0), Array("bigint", 1L)));
        Assert.Equal(new object?[] { 1L, null }, Call("concat", Array("bigint", 1L), Null("bigint")));
        Assert.Null(Call("concat", Array("bigint", 1L), Null("array(bigint)")));
    }

    [Fact]
    public void Concat_ws_skips_nulls()
    {
        Assert.Equal("a,b", Call("concat_ws", Varchar(","), Varchar("a"), Null("varchar"), Varchar("b")));
        Assert.Null(Call("concat_ws", Null("varchar"), Varchar("a")));
        Assert.Equal("a-b", Call("concat_ws", Varchar("-"), Array("varchar", "a", null, "b")));
        Assert.Equal("", Call("concat_ws", Varchar("-"), Array("varchar")));
    }

    [Fact]
    public void Length_lower_upper_and_reverse_work_on_code_points()
    {
        Assert.Equal(5L, Call("length", Varchar("héllo")));
        Assert.Equal(6L, Call("length", Varbinary("héllo"u8.ToArray())));
        Assert.Equal("héllo ß", Call("lower", Varchar("HÉLLO ß")));
        Assert.Equal("HÉLLO SS", Call("upper", Varchar("héllo ss")));
        Assert.Equal(SqlType.CreateVarchar(5), TypeOf("lower", Varchar("HeLLo", 5)));
        Assert.Equal("olléh😀", Call("reverse", Varchar("😀héllo")));
        Assert.Equal(new byte[] { 3, 2, 1 }, Call("reverse", Varbinary([1, 2, 3])));
        Assert.Equal(new object?[] { 3L, null, 1L }, Call("reverse", Array("bigint", 1L, null, 3L)));
        Assert.Null(Call("upper", Null("varchar")));
    }

    [Fact]
    public void Padding_pads_or_truncates()
    {
        Assert.Equal("xyxab", Call("lpad", Varchar("ab"), BigInt(5), Varchar("xy")));
        Assert.Equal("abxyx", Call("rpad", Varchar("ab"), BigInt(5), Varchar("xy")));
        Assert.Equal("hé", Call("lpad", Varchar("héllo"), BigInt(2), Varchar("x")));
        Assert.Equal("", Call("rpad", Varchar("abc"), BigInt(0), Varchar("x")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "lpad", Varchar("a"), BigInt(3), Varchar(""));
        Fails(StandardErrorCode.InvalidFunctionArgument, "lpad", Varchar("a"), BigInt(-1), Varchar("x"));
    }

    [Fact]
    public void Trimming_removes_whitespace_or_given_characters()
    {
        Assert.Equal("abc", Call("trim", Varchar(" \t abc \n")));
        Assert.Equal("abc  ", Call("ltrim", Varchar("  abc  ")));
        Assert.Equal("  abc", Call("rtrim", Varchar("  abc  ")));
        Assert.Equal("test", Call("trim", Varchar("!!test!!"), Varchar("!")));
        Assert.Equal("bc", Call("ltrim", Varchar("ééabc"), Varchar("éa")));
        Assert.Equal("ab", Call("rtrim", Varchar("abüü"), Varchar("ü")));
        Assert.Equal("\u00A0a", Call("trim", Varchar("\u00A0a ")));
        Assert.Equal("", Call("trim", Varchar("   ")));
    }

    [Fact]
    public void Replace_handles_empty_search_and_missing_replacement()
    {
        Assert.Equal("axcaxc", Call("replace", Varchar("abcabc"), Varchar("b"), Varchar("x")));
        Assert.Equal("acac", Call("replace", Varchar("abcabc"), Varchar("b")));
        Assert.Equal("xaxbx", Call("replace", Varchar("ab"), Varchar(""), Varchar("x")));
        Assert.Equal("aaa", Call("replace", Varchar("aaaaaa"), Varchar("aa"), Varchar("a")));
    }

    [Fact]
    public void Split_and_split_part_follow_trino()
    {
        Assert.Equal(new object?[] { "a", "b", "c" }, Call("split", Varchar("a.b.c"), Varchar(".")));
        Assert.Equal(new object?[] { "a", "b.c" }, Call("split", Varchar("a.b.c"), Varchar("."), BigInt(2)));
        Assert.Equal(new object?[] { "", "a", "" }, Call("split", Varchar(".a."), Varchar(".")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "split", Varchar("a"), Varchar("."), BigInt(0));
        Assert.Equal("b", Call("split_part", Varchar("a.b.c"), Varchar("."), BigInt(2)));
        Assert.Null(Call("split_part", Varchar("a.b.c"), Varchar("."), BigInt(4)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "split_part", Varchar("a.b"), Varchar("."), BigInt(0));
    }

    [Fact]
    public void Strpos_counts_code_points_and_instances()
    {
        Assert.Equal(2L, Call("strpos", Varchar("high"), Varchar("ig")));
        Assert.Equal(0L, Call("strpos", Varchar("high"), Varchar("igx")));
        Assert.Equal(1L, Call("strpos", Varchar("high"), Varchar("")));
        Assert.Equal(3L, Call("strpos", Varchar("éé😀x"), Varchar("😀")));
        Assert.Equal(5L, Call("strpos", Varchar("abcabcabc"), Varchar("bc"), BigInt(2)));
        Assert.Equal(2L, Call("strpos", Varchar("aaa"), Varchar("aa"), BigInt(2)));
        Assert.Equal(5L, Call("strpos", Varchar("abcabcabc"), Varchar("bc"), BigInt(-2)));
        Assert.Equal(8L, Call("strpos", Varchar("abcabcabc"), Varchar("bc"), BigInt(-1)));
        Assert.Equal(0L, Call("strpos", Varchar("abc"), Varchar("bc"), BigInt(2)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "strpos", Varchar("abc"), Varchar("b"), BigInt(0));
    }

    [Fact]
    public void Substr_supports_negative_starts_and_lengths()
    {
        Assert.Equal("llo", Call("substr", Varchar("hello"), BigInt(3)));
        Assert.Equal("ll", Call("substr", Varchar("hello"), BigInt(-3), BigInt(2)));
        Assert.Equal("", Call("substr", Varchar("hello"), BigInt(0)));
        Assert.Equal("", Call("substr", Varchar("hello"), BigInt(6)));
        Assert.Equal("", Call("substr", Varchar("hello"), BigInt(-6)));
        Assert.Equal("", Call("substr", Varchar("hello"), BigInt(2), BigInt(-1)));
        Assert.Equal("ello", Call("substring", Varchar("hello"), BigInt(2), BigInt(100)));
        Assert.Equal("é😀", Call("substr", Varchar("hé😀lo"), BigInt(2), BigInt(2)));
        Assert.Equal("😀l", Call("substr", Varchar("hé😀lo"), BigInt(-3), BigInt(2)));
        Assert.Equal(new byte[] { 2, 3 }, Call("substr", Varbinary([1, 2, 3]), BigInt(2)));
        Assert.Equal(new byte[] { 2 }, Call("substr", Varbinary([1, 2, 3]), BigInt(-2), BigInt(1)));
    }

    [Fact]
    public void Small_string_functions_match_trino_examples()
    {
        Assert.Equal(true, Call("starts_with", Varchar("abc"), Varchar("ab")));
        Assert.Equal(false, Call("starts_with", Varchar("abc"), Varchar("b")));
        Assert.Equal("xbd", Call("translate", Varchar("abcd"), Varchar("ac"), Varchar("x")));
        Assert.Equal("1bc", Call("translate", Varchar("abc"), Varchar("a"), Varchar("1")));
        Assert.Equal("é", Call("translate", Varchar("e"), Varchar("e"), Varchar("é")));
        Assert.Equal(3L, Call("levenshtein_distance", Varchar("kitten"), Varchar("sitting")));
        Assert.Equal(1L, Call("levenshtein_distance", Varchar("héllo"), Varchar("hello")));
        Assert.Equal(0L, Call("levenshtein_distance", Varchar(""), Varchar("")));
        Assert.Equal(3L, Call("hamming_distance", Varchar("abcde"), Varchar("abxyz")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "hamming_distance", Varchar("ab"), Varchar("abc"));
    }

    [Fact]
    public void Utf8_conversion_replaces_invalid_sequences()
    {
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, Call("to_utf8", Varchar("é")));
        Assert.Equal("é", Call("from_utf8", Varbinary([0xC3, 0xA9])));
        Assert.Equal("a\uFFFDb", Call("from_utf8", Varbinary([0x61, 0xFF, 0x62])));
        Assert.Equal("a#b", Call("from_utf8", Varbinary([0x61, 0xFF, 0x62]), BigInt('#')));
        Assert.Equal("ab", Call("from_utf8", Varbinary([0x61, 0xFF, 0x62]), Varchar("")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_utf8", Varbinary([0xFF]), BigInt(-5));
    }

    [Fact]
    public void Normalize_accepts_forms_and_rejects_unknown_ones()
    {
        Assert.Equal("abc", Call("normalize", Varchar("abc")));
        Assert.Equal("abc", Call("normalize", Varchar("abc"), Varchar("NFKD")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "normalize", Varchar("abc"), Varchar("NFX"));
        try
        {
            Assert.Equal("\u00E9", Call("normalize", Varchar("e\u0301")));
        }
        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.NotSupported)
        {
            // Globalization invariant mode: documented limitation.
        }
    }

    [Fact]
    public void Regular_expressions_follow_trino_examples()
    {
        Assert.Equal(true, Call("regexp_like", Varchar("1a 2b 14m"), Varchar(@"\d+b")));
        Assert.Equal(false, Call("regexp_like", Varchar("1a 2b 14m"), Varchar(@"^\d+b")));
        Assert.Equal(3L, Call("regexp_count", Varchar("1a 2b 14m"), Varchar(@"\s*[a-z]+\s*")));
        Assert.Equal("1", Call("regexp_extract", Varchar("1a 2b 14m"), Varchar(@"\d+")));
        Assert.Equal("a", Call("regexp_extract", Varchar("1a 2b 14m"), Varchar(@"(\d+)([a-z]+)"), BigInt(2)));
        Assert.Null(Call("regexp_extract", Varchar("abc"), Varchar(@"\d+")));
        Assert.Equal(new object?[] { "1", "2", "14" }, Call("regexp_extract_all", Varchar("1a 2b 14m"), Varchar(@"\d+")));
        Assert.Equal(new object?[] { "a", "b", "m" }, Call("regexp_extract_all", Varchar("1a 2b 14m"), Varchar(@"(\d+)([a-z]+)"), BigInt(2)));
        Assert.Equal("a b m", Call("regexp_replace", Varchar("1a 2b 14m"), Varchar(@"\d+")));
        Assert.Equal("3ca 3cb 14m", Call("regexp_replace", Varchar("1a 2b 14m"), Varchar(@"(\d+)([ab]) "), Varchar("3c$2 ")));
        Assert.Equal("$a", Call("regexp_replace", Varchar("1a"), Varchar(@"(\d)"), Varchar(@"\$")));
        Assert.Equal("1-a", Call("regexp_replace", Varchar("1a"), Varchar(@"(?<num>\d)"), Varchar("${num}-")));
        Assert.Equal(new object?[] { "1", "2", "14", "" }, Call("regexp_split", Varchar("1a 2b 14m"), Varchar(@"\s*[a-z]+\s*")));
        Assert.Equal(8, Call("regexp_position", Varchar("I have 23 apples, 5 pears and 13 oranges"), Varchar(@"\d")));
        Assert.Equal(8, Call("regexp_position", Varchar("I have 23 apples, 5 pears and 13 oranges"), Varchar(@"\d"), BigInt(5)));
        Assert.Equal(19, Call("regexp_position", Varchar("I have 23 apples, 5 pears and 13 oranges"), Varchar(@"\b\d+\b"), BigInt(5), BigInt(2)));
        Assert.Equal(-1, Call("regexp_position", Varchar("I have 23 apples, 5 pears and 13 oranges"), Varchar(@"\b\d+\b"), BigInt(5), BigInt(5)));
        Assert.Equal(3, Call("regexp_position", Varchar("é😀1"), Varchar(@"\d")));
    }

    [Fact]
    public void Regular_expression_errors_are_invalid_function_arguments()
    {
        Fails(StandardErrorCode.InvalidFunctionArgument, "regexp_like", Varchar("a"), Varchar("("));
        Fails(StandardErrorCode.InvalidFunctionArgument, "regexp_extract", Varchar("a"), Varchar("a"), BigInt(1));
        Fails(StandardErrorCode.InvalidFunctionArgument, "regexp_replace", Varchar("a"), Varchar("a"), Varchar("$2"));
        Fails(StandardErrorCode.InvalidFunctionArgument, "regexp_position", Varchar("a"), Varchar("a"), BigInt(0));
    }

    [Fact]
    public void Java_only_regex_syntax_is_translated()
    {
        Assert.Equal(true, Call("regexp_like", Varchar("a.b"), Varchar(@"^\Qa.b\E$")));
        Assert.Equal(false, Call("regexp_like", Varchar("axb"), Varchar(@"^\Qa.b\E$")));
        Assert.Equal(true, Call("regexp_like", Varchar("abc"), Varchar(@"^\p{Alpha}+$")));
        Assert.Equal(false, Call("regexp_like", Varchar("ab1"), Varchar(@"^\p{Alpha}+$")));
        Assert.Equal(false, Call("regexp_like", Varchar("aaa"), Varchar(@"^a*+a$")));
        Assert.Equal(true, Call("regexp_like", Varchar("aaab"), Varchar(@"^a++b$")));
        Assert.Equal(true, Call("regexp_like", Varchar("a\tb"), Varchar(@"a\hb")));
        Assert.Equal(true, Call("regexp_like", Varchar("x]]"), Varchar(@"^x[]]++$")));
        Assert.Equal(true, Call("regexp_like", Varchar("abab"), Varchar(@"^(ab)++$")));
        Assert.Equal(true, Call("regexp_like", Varchar("aab"), Varchar(@"^a{1,3}+b$")));
        Assert.Equal(true, Call("regexp_like", Varchar("aab"), Varchar(@"^a+?b$")));
    }
}
