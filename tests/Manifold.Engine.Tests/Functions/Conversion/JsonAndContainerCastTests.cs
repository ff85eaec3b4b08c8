using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Conversion;

public sealed class JsonAndContainerCastTests
{
    private static readonly SqlType Json = SqlType.Json;

    [Fact]
    public void Varchar_becomes_a_json_string()
        => Assert.Equal(["\"a\\\"b\"", "\"line\\nbreak\\u0001é\"", null],
            Run(Cast(SqlType.Varchar, Json), 3, Column(SqlType.Varchar, "a\"b", "line\nbreak\u0001é", null)));

    [Fact]
    public void Json_scalars_cast_to_varchar()
    {
        Assert.Equal(["abc", "123", "1.5E0", "true", null], Run(Cast(Json, SqlType.Varchar), 5, Column(Json, "\"abc\"", "123", "1.5", "true", "null")));
        AssertError(Fails(Cast(Json, SqlType.Varchar), Column(Json, "[1]")), StandardErrorCode.InvalidCastArgument, "Cannot cast '[1]' to varchar");
    }

    [Fact]
    public void Json_numbers_strings_and_booleans_cast_to_numbers()
    {
        Assert.Equal([12L, 12L, 2L, 1L, null], Run(Cast(Json, SqlType.BigInt), 5, Column(Json, "12", "\"12\"", "1.6", "true", "null")));
        Assert.Equal([1.5, 0.0], Run(Cast(Json, SqlType.Double), 2, Column(Json, "1.5", "false")));
        Assert.Equal([1250L], Run(Cast(Json, DecimalType.Create(5, 2)), 1, Column(Json, "12.5")));
        AssertError(Fails(Cast(Json, SqlType.BigInt), Column(Json, "\"x\"")), StandardErrorCode.InvalidCastArgument, "Cannot cast '\"x\"' to bigint");
    }

    [Fact]
    public void Json_arrays_objects_and_rows_cast_to_containers()
    {
        ArrayType array = SqlType.CreateArray(SqlType.BigInt);
        Assert.Equal([new object?[] { 1L, 2L, null }], Run(Cast(Json, array), 1, Column(Json, "[1, 2, null]")));
        MapType map = SqlType.CreateMap(SqlType.Varchar, SqlType.BigInt);
        var mapValue = (MapValue)Run(Cast(Json, map), 1, Column(Json, "{\"a\": 1, \"b\": 2}"))[0]!;
        Assert.Equal([new KeyValuePair<object, object?>("a", 1L), new KeyValuePair<object, object?>("b", 2L)], mapValue.Entries);
        RowType row = SqlType.CreateRow([new RowField("x", SqlType.BigInt), new RowField("y", SqlType.Varchar)]);
        Assert.Equal([new object?[] { 1L, "a" }, new object?[] { 2L, null }],
            Run(Cast(Json, row), 2, Column(Json, "{\"X\": 1, \"y\": \"a\"}", "[2, null]")));
        ManifoldException error = Fails(Cast(Json, array), Column(Json, "{\"a\":1}"));
        Assert.Equal(StandardErrorCode.InvalidCastArgument, error.ErrorCode);
        Assert.StartsWith("Cannot cast to array(bigint).", error.RawMessage);
    }

    [Fact]
    public void Values_cast_to_json_like_trino()
    {
        Assert.Equal(["1.0E10", "\"NaN\""], Run(Cast(SqlType.Double, Json), 2, Column(SqlType.Double, 1e10, double.NaN)));
        Assert.Equal(["12.50"], Run(Cast(DecimalType.Create(5, 2), Json), 1, Column(DecimalType.Create(5, 2), 1250L)));
        Assert.Equal(["\"2024-02-29\""], Run(Cast(SqlType.Date, Json), 1, Column(SqlType.Date, 19782)));
        ArrayType array = SqlType.CreateArray(SqlType.Varchar);
        Assert.Equal(["[\"a\",null]"], Run(Cast(array, Json), 1, ColumnOf(array, [new object?[] { "a", null }])));
        MapType map = SqlType.CreateMap(SqlType.Varchar, SqlType.BigInt);
        Assert.Equal(["{\"a\":2,\"b\":1}"], Run(Cast(map, Json), 1, Column(map, new MapValue([new("b", 1L), new("a", 2L)]))));
        RowType row = SqlType.CreateRow([new RowField("x", SqlType.Integer), new RowField(null, SqlType.Boolean)]);
        Assert.Equal(["{\"x\":1,\"\":true}"], Run(Cast(row, Json), 1, ColumnOf(row, [new object?[] { 1, true }])));
        // Java's BigDecimal.toString switches to exponents below 10^-6.
        Assert.Equal(["0.00000100", "1.0E-7", "1E-8"], Run(Cast(DecimalType.Create(10, 8), Json), 3, Column(DecimalType.Create(10, 8), 100L, 10L, 1L)));
    }

    [Fact]
    public void Containers_cast_their_children()
    {
        ArrayType ints = SqlType.CreateArray(SqlType.Integer);
        Assert.Equal([new object?[] { "1", null }, null], Run(Cast(ints, SqlType.CreateArray(SqlType.Varchar)), 2, ColumnOf(ints, [new object?[] { 1, null }, null])));
        RowType from = SqlType.CreateRow([new RowField("a", SqlType.Integer), new RowField("b", SqlType.Varchar)]);
        RowType to = SqlType.CreateRow([new RowField("x", SqlType.BigInt), new RowField("y", SqlType.Varchar)]);
        Vector casted = Cast(from, to).Evaluate([ColumnOf(from, [new object?[] { 1, "q" }, null])], 2, Context);
        Assert.Equal(to, casted.Type);
        Assert.Equal([new object?[] { 1L, "q" }, null], Values(casted));
        MapType map = SqlType.CreateMap(SqlType.Varchar, SqlType.Integer);
        var result = (MapValue)Run(Cast(map, SqlType.CreateMap(SqlType.Varchar, SqlType.Double)), 1, Column(map, new MapValue([new("a", 1)])))[0]!;
        Assert.Equal(1.0, result.Entries[0].Value);
        AssertError(Fails(Cast(SqlType.CreateArray(SqlType.Varchar), ints), ColumnOf(SqlType.CreateArray(SqlType.Varchar), [new object?[] { "x" }])),
            StandardErrorCode.InvalidCastArgument, "Cannot cast 'x' to INT");
    }
}
