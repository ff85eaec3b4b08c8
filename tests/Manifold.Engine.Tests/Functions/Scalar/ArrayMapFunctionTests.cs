using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class ArrayMapFunctionTests
{
    private static Arg Map(string keyType, string valueType, params (object Key, object? Value)[] entries)
        => new(SqlType.Parse($"map({keyType},{valueType})"), new MapValue(entries.Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)).ToList()));

    private static MapValue MapOf(params (object Key, object? Value)[] entries)
        => new(entries.Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)).ToList());

    [Fact]
    public void Cardinality_counts_elements_and_entries()
    {
        Assert.Equal(3L, Call("cardinality", Array("bigint", 1L, null, 3L)));
        Assert.Equal(0L, Call("cardinality", Array("bigint")));
        Assert.Equal(1L, Call("cardinality", Map("varchar", "bigint", ("a", 1L))));
        Assert.Null(Call("cardinality", Null("array(bigint)")));
    }

    [Fact]
    public void Element_at_indexes_arrays_and_maps()
    {
        Assert.Equal(3L, Call("element_at", Array("bigint", 1L, 2L, 3L), BigInt(-1)));
        Assert.Equal(1L, Call("element_at", Array("bigint", 1L, 2L, 3L), BigInt(1)));
        Assert.Null(Call("element_at", Array("bigint", 1L, 2L, 3L), BigInt(4)));
        Assert.Null(Call("element_at", Array("bigint", 1L, 2L, 3L), BigInt(-4)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "element_at", Array("bigint", 1L), BigInt(0));
        Assert.Equal(2L, Call("element_at", Map("varchar", "bigint", ("a", 1L), ("b", 2L)), Varchar("b")));
        Assert.Null(Call("element_at", Map("varchar", "bigint", ("a", 1L)), Varchar("z")));
        Assert.Equal(SqlType.BigInt, TypeOf("element_at", Map("varchar", "bigint", ("a", 1L)), Varchar("a")));
    }

    [Fact]
    public void Contains_and_array_position_follow_null_rules()
    {
        Assert.Equal(true, Call("contains", Array("bigint", 1L, 2L, 3L), BigInt(2)));
        Assert.Equal(false, Call("contains", Array("bigint", 1L, 3L), BigInt(2)));
        Assert.Null(Call("contains", Array("bigint", 1L, null), BigInt(2)));
        Assert.Equal(true, Call("contains", Array("bigint", 2L, null), BigInt(2)));
        Assert.Null(Call("contains", Array("bigint", 1L), Null("bigint")));
        Assert.Equal(true, Call("contains", Array("varchar", "a", "é"), Varchar("é")));
        Assert.Equal(2L, Call("array_position", Array("bigint", 10L, 20L, 30L), BigInt(20)));
        Assert.Equal(0L, Call("array_position", Array("bigint", 10L), BigInt(20)));
        Assert.Equal(4L, Call("array_position", Array("bigint", 1L, 2L, 1L, 1L), BigInt(1), BigInt(3)));
        Assert.Equal(3L, Call("array_position", Array("bigint", 1L, 2L, 1L, 1L), BigInt(1), BigInt(-2)));
    }

    [Fact]
    public void Set_like_functions_keep_first_seen_order()
    {
        Assert.Equal(new object?[] { 1L, 2L, null }, Call("array_distinct", Array("bigint", 1L, 2L, 1L, null, null)));
        Assert.Equal(new object?[] { 1L, 3L }, Call("array_except", Array("bigint", 1L, 2L, 3L, 1L), Array("bigint", 2L)));
        Assert.Equal(new object?[] { 2L, 3L }, Call("array_intersect", Array("bigint", 1L, 2L, 3L, 2L), Array("bigint", 3L, 2L, 5L)));
        Assert.Equal(new object?[] { 1L, 2L, 3L }, Call("array_union", Array("bigint", 1L, 2L), Array("bigint", 2L, 3L, 3L)));
        Assert.Equal(new object?[] { double.NaN }, Call("array_distinct", Array("double", double.NaN, double.NaN)));
        Assert.Equal(true, Call("arrays_overlap", Array("bigint", 1L, 2L), Array("bigint", 2L, 3L)));
        Assert.Equal(false, Call("arrays_overlap", Array("bigint", 1L), Array("bigint", 2L)));
        Assert.Null(Call("arrays_overlap", Array("bigint", 1L, null), Array("bigint", 2L)));
    }

    [Fact]
    public void Array_min_max_sort_and_remove()
    {
        Assert.Equal(3L, Call("array_max", Array("bigint", 1L, 3L, 2L)));
        Assert.Equal(1L, Call("array_min", Array("bigint", 1L, 3L, 2L)));
        Assert.Null(Call("array_max", Array("bigint", 1L, null)));
        Assert.Null(Call("array_min", Array("bigint")));
        Assert.Equal("b", Call("array_max", Array("varchar", "a", "b")));
        Assert.Equal(new object?[] { 1L, 3L, null }, Call("array_sort", Array("bigint", 3L, null, 1L)));
        Assert.Equal(new object?[] { "a", "b", "é" }, Call("array_sort", Array("varchar", "é", "b", "a")));
        Assert.Equal(new object?[] { 1.0, double.NaN }, Call("array_sort", Array("double", double.NaN, 1.0)));
        Assert.Equal(new object?[] { 2L, null }, Call("array_remove", Array("bigint", 1L, 2L, 1L, null), BigInt(1)));
    }

    [Fact]
    public void Flatten_slice_repeat_and_reverse()
    {
        Arg nested = new(SqlType.Parse("array(array(bigint))"), new object?[] { new object?[] { 1L, 2L }, null, new object?[] { 3L } });
        Assert.Equal(new object?[] { 1L, 2L, 3L }, Call("flatten", nested));
        Assert.Equal(new object?[] { 2L, 3L }, Call("slice", Array("bigint", 1L, 2L, 3L, 4L), BigInt(2), BigInt(2)));
        Assert.Equal(new object?[] { 3L, 4L }, Call("slice", Array("bigint", 1L, 2L, 3L, 4L), BigInt(-2), BigInt(5)));
        Assert.Equal(new object?[] { }, Call("slice", Array("bigint", 1L), BigInt(5), BigInt(1)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "slice", Array("bigint", 1L), BigInt(0), BigInt(1));
        Fails(StandardErrorCode.InvalidFunctionArgument, "slice", Array("bigint", 1L), BigInt(1), BigInt(-1));
        Assert.Equal(new object?[] { "a", "a", "a" }, Call("repeat", Varchar("a"), BigInt(3)));
        Assert.Equal(new object?[] { null, null }, Call("repeat", Null("bigint"), BigInt(2)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "repeat", Varchar("a"), BigInt(-1));
        Fails(StandardErrorCode.InvalidFunctionArgument, "repeat", Varchar("a"), BigInt(10001));
    }

    [Fact]
    public void Sequence_generates_integers_dates_and_timestamps()
    {
        Assert.Equal(new object?[] { 1L, 3L, 5L }, Call("sequence", BigInt(1), BigInt(5), BigInt(2)));
        Assert.Equal(new object?[] { 3L, 2L, 1L }, Call("sequence", BigInt(3), BigInt(1)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "sequence", BigInt(1), BigInt(5), BigInt(0));
        Fails(StandardErrorCode.InvalidFunctionArgument, "sequence", BigInt(5), BigInt(1), BigInt(1));
        Fails(StandardErrorCode.InvalidFunctionArgument, "sequence", BigInt(1), BigInt(20000));
        int d = (int)new DateOnly(2020, 1, 31).DayNumber - (int)new DateOnly(1970, 1, 1).DayNumber;
        Assert.Equal(new object?[] { d, d + 1, d + 2 }, Call("sequence", Of("date", d), Of("date", d + 2)));
        Assert.Equal(new object?[] { d, d + 29, d + 60 }, Call("sequence", Of("date", d), Of("date", d + 70), Of("interval year to month", 1L)));
        Assert.Equal(new object?[] { d, d + 2 }, Call("sequence", Of("date", d), Of("date", d + 3), Of("interval day to second", 2L * 86_400_000)));
        long t = 1_000_000L;
        Assert.Equal(new object?[] { t, t + 3_600_000_000L }, Call("sequence", Of("timestamp(3)", t), Of("timestamp(3)", t + 4_000_000_000L), Of("interval day to second", 3_600_000L)));
    }

    [Fact]
    public void Array_join_writes_text()
    {
        Assert.Equal("1,x,2", Call("array_join", Array("bigint", 1L, null, 2L), Varchar(","), Varchar("x")));
        Assert.Equal("1,2", Call("array_join", Array("bigint", 1L, null, 2L), Varchar(",")));
        Assert.Equal("a b", Call("array_join", Array("varchar", "a", "b"), Varchar(" ")));
        Assert.Equal("true;false", Call("array_join", Array("boolean", true, false), Varchar(";")));
        Assert.Equal("1.50|2.00", Call("array_join", new Arg(SqlType.Parse("array(decimal(3,2))"), new object?[] { 150L, 200L }), Varchar("|")));
        Assert.Equal("2001-08-22", Call("array_join", Array("date", DateTimeFunctionTests.Days(2001, 8, 22)), Varchar(",")));
        Assert.Equal("1.5E10,2.5E-1", Call("array_join", Array("double", 1.5e10, 0.25), Varchar(",")));
    }

    [Fact]
    public void Map_construction_rejects_null_and_duplicate_keys()
    {
        AssertSame(MapOf(("a", 1L), ("b", 2L)), Call("map", Array("varchar", "a", "b"), Array("bigint", 1L, 2L)));
        Assert.Equal(SqlType.Parse("map(varchar,bigint)"), TypeOf("map", Array("varchar", "a"), Array("bigint", 1L)));
        AssertSame(MapOf(), Call("map"));
        var duplicate = Fails(StandardErrorCode.InvalidFunctionArgument, "map", Array("varchar", "a", "a"), Array("bigint", 1L, 2L));
        Assert.Contains("Duplicate map keys (a)", duplicate.Message);
        Fails(StandardErrorCode.InvalidFunctionArgument, "map", Array("varchar", "a", null), Array("bigint", 1L, 2L));
        Fails(StandardErrorCode.InvalidFunctionArgument, "map", Array("varchar", "a"), Array("bigint", 1L, 2L));
    }

    [Fact]
    public void Map_accessors_and_entries_round_trip()
    {
        Arg map = Map("varchar", "bigint", ("a", 1L), ("b", null));
        Assert.Equal(new object?[] { "a", "b" }, Call("map_keys", map));
        Assert.Equal(new object?[] { 1L, null }, Call("map_values", map));
        object? entries = Call("map_entries", map);
        Assert.Equal(new object?[] { new object?[] { "a", 1L }, new object?[] { "b", null } }, entries);
        Arg rows = new(SqlType.Parse("array(row(varchar,bigint))"), entries);
        AssertSame(MapOf(("a", 1L), ("b", null)), Call("map_from_entries", rows));
        Arg duplicateRows = new(SqlType.Parse("array(row(varchar,bigint))"), new object?[] { new object?[] { "a", 1L }, new object?[] { "a", 2L } });
        Fails(StandardErrorCode.InvalidFunctionArgument, "map_from_entries", duplicateRows);
        AssertSame(MapOf(("b", 3L), ("a", 2L)),
            Call("map_concat", Map("varchar", "bigint", ("a", 1L), ("b", 3L)), Map("varchar", "bigint", ("a", 2L))));
        Assert.Null(Call("map_concat", Map("varchar", "bigint", ("a", 1L)), Null("map(varchar,bigint)")));
    }
}
