using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class JsonMiscFunctionTests
{
    [Fact]
    public void Json_parse_canonicalizes_and_rejects_bad_json()
    {
        Assert.Equal("{\"a\":[1,2],\"b\":1}", Call("json_parse", Varchar("{\"b\": 1, \"a\": [1, 2]}")));
        Assert.Equal("\"é\\\"\"", Call("json_parse", Varchar("\"é\\\"\"")));
        Assert.Equal("1.50", Call("json_parse", Varchar(" 1.50 ")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "json_parse", Varchar("{\"a\": }"));
        Fails(StandardErrorCode.InvalidFunctionArgument, "json_parse", Varchar("[1] x"));
        Assert.Equal("[1,2]", Call("json_format", Json("[1,2]")));
    }

    [Fact]
    public void Json_extract_follows_paths()
    {
        Arg doc = Varchar("{\"store\": {\"book\": [{\"title\": \"A\", \"price\": 8.95}, {\"title\": \"B\"}]}, \"a b\": true}");
        Assert.Equal("\"B\"", Call("json_extract", doc, Varchar("$.store.book[1].title")));
        Assert.Equal("{\"price\":8.95,\"title\":\"A\"}", Call("json_extract", doc, Varchar("$.store.book[0]")));
        Assert.Equal("true", Call("json_extract", doc, Varchar("$[\"a b\"]")));
        Assert.Null(Call("json_extract", doc, Varchar("$.store.music")));
        Assert.Null(Call("json_extract", Varchar("{bad"), Varchar("$.a")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "json_extract", doc, Varchar("store"));
        Assert.Equal("B", Call("json_extract_scalar", doc, Varchar("$.store.book[1].title")));
        Assert.Equal("8.95", Call("json_extract_scalar", doc, Varchar("$.store.book[0].price")));
        Assert.Null(Call("json_extract_scalar", doc, Varchar("$.store.book")));
        Assert.Equal(SqlType.Json, TypeOf("json_extract", Json("{}"), Varchar("$")));
    }

    [Fact]
    public void Json_sizes_and_predicates()
    {
        Assert.Equal(3L, Call("json_array_length", Varchar("[1, 2, 3]")));
        Assert.Null(Call("json_array_length", Varchar("{\"a\": 1}")));
        Assert.Equal(3L, Call("json_size", Varchar("{\"x\": [1, 2, 3]}"), Varchar("$.x")));
        Assert.Equal(2L, Call("json_size", Varchar("{\"x\": {\"a\": 1, \"b\": 2}}"), Varchar("$.x")));
        Assert.Equal(0L, Call("json_size", Varchar("{\"x\": 1}"), Varchar("$.x")));
        Assert.Equal(true, Call("json_array_contains", Varchar("[1, 2, 3]"), BigInt(2)));
        Assert.Equal(false, Call("json_array_contains", Varchar("[1, 2, 3]"), BigInt(4)));
        Assert.Equal(true, Call("json_array_contains", Json("[\"a\", true]"), Varchar("a")));
        Assert.Equal(true, Call("json_array_contains", Json("[\"a\", true]"), Bool(true)));
        Assert.Equal(true, Call("json_array_contains", Json("[1.5]"), Double(1.5)));
        Assert.Null(Call("json_array_contains", Varchar("{}"), BigInt(1)));
        Assert.Equal(true, Call("is_json_scalar", Varchar("1")));
        Assert.Equal(false, Call("is_json_scalar", Varchar("[1]")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "is_json_scalar", Varchar("{x"));
    }

    [Fact]
    public void Typeof_names_the_bound_type_even_for_nulls()
    {
        Assert.Equal("integer", Call("typeof", Int(123)));
        Assert.Equal("varchar(3)", Call("typeof", Varchar("abc", 3)));
        Assert.Equal("decimal(3,1)", Call("typeof", Dec("12.3")));
        Assert.Equal("array(bigint)", Call("typeof", Array("bigint", 1L)));
        Assert.Equal("bigint", Call("typeof", Null("bigint")));
    }

    [Fact]
    public void Uuid_is_random_and_version_4()
    {
        object?[] values = EvaluateRows("uuid", [], Enumerable.Range(0, 50).Select(_ => System.Array.Empty<object?>()).ToArray());
        Assert.Equal(50, values.Distinct().Count());
        foreach (Int128 value in values.Cast<Int128>())
        {
            Assert.Equal(4, (int)((value >> 76) & 0xF));
        }
        Assert.False(All["uuid"].Attribute.Deterministic);
    }

    [Fact]
    public void Hashes_and_encodings_match_known_values()
    {
        byte[] abc = "abc"u8.ToArray();
        Assert.Equal("616263", Call("to_hex", Varbinary(abc)));
        Assert.Equal(abc, Call("from_hex", Varchar("616263")));
        Assert.Equal(abc, Call("from_hex", Varchar("616263".ToUpperInvariant())));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_hex", Varchar("6g"));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_hex", Varchar("616"));
        Assert.Equal("YWJj", Call("to_base64", Varbinary(abc)));
        Assert.Equal(abc, Call("from_base64", Varchar("YWJj")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_base64", Varchar("Y!Jj"));
        Assert.Equal(Convert.FromHexString("900150983CD24FB0D6963F7D28E17F72"), Call("md5", Varbinary(abc)));
        Assert.Equal(Convert.FromHexString("A9993E364706816ABA3E25717850C26C9CD0D89D"), Call("sha1", Varbinary(abc)));
        Assert.Equal(Convert.FromHexString("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"), Call("sha256", Varbinary(abc)));
        Assert.Equal(64, ((byte[])Call("sha512", Varbinary(abc))!).Length);
        Assert.Equal(891568578L, Call("crc32", Varbinary(abc)));
        Assert.Equal(0L, Call("crc32", Varbinary([])));
    }
}
