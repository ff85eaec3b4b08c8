using Manifold.Engine.Functions.Operators;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Operators;

public sealed class ComparisonOperatorTests
{
    private static IScalarKernel Compare(ComparisonKind kind, SqlType left, SqlType? right = null)
        => ComparisonKernels.Create(kind, left, right ?? left);

    private static readonly ComparisonKind[] s_kinds = Enum.GetValues<ComparisonKind>();

    [Theory]
    [InlineData(1, 11)]
    [InlineData(7, 12)]
    [InlineData(2048, 13)]
    public void Random_bigint_and_double_comparisons_match_a_reference(int rowCount, int seed)
    {
        var random = new Random(seed);
        long?[] a = Enumerable.Range(0, rowCount).Select(_ => random.Next(8) == 0 ? (long?)null : random.NextInt64(-3, 4)).ToArray();
        long?[] b = Enumerable.Range(0, rowCount).Select(_ => random.Next(8) == 0 ? (long?)null : random.NextInt64(-3, 4)).ToArray();
        double?[] x = a.Select(v => v is null ? (double?)null : v == 3 ? double.NaN : v * 0.5).ToArray();
        double?[] y = b.Select(v => v is null ? (double?)null : v == 3 ? double.NaN : v * 0.5).ToArray();
        foreach (ComparisonKind kind in s_kinds)
        {
            object?[] longs = RunAllEncodings(Compare(kind, SqlType.BigInt), Column(SqlType.BigInt, a.Cast<object?>().ToArray()), Column(SqlType.BigInt, b.Cast<object?>().ToArray()));
            object?[] doubles = RunAllEncodings(Compare(kind, SqlType.Double), Column(SqlType.Double, x.Cast<object?>().ToArray()), Column(SqlType.Double, y.Cast<object?>().ToArray()));
            for (int i = 0; i < rowCount; i++)
            {
                Assert.True(Equals(Reference(kind, a[i], b[i]), longs[i]), $"seed {seed} row {i}: {a[i]} {kind} {b[i]}");
                Assert.True(Equals(Reference(kind, x[i], y[i]), doubles[i]), $"seed {seed} row {i}: {x[i]} {kind} {y[i]}");
            }
        }
    }

    private static bool? Reference(ComparisonKind kind, long? a, long? b) => Reference(kind, (double?)a, (double?)b);

    private static bool? Reference(ComparisonKind kind, double? a, double? b)
    {
        if (kind == ComparisonKind.IsDistinctFrom)
        {
            if (a is null || b is null)
            {
                return (a is null) != (b is null);
            }
            return !(a.Value == b.Value || (double.IsNaN(a.Value) && double.IsNaN(b.Value)));
        }
        if (a is not { } l || b is not { } r)
        {
            return null;
        }
        return kind switch
        {
            ComparisonKind.Equal => l == r,
            ComparisonKind.NotEqual => l != r,
            ComparisonKind.LessThan => l < r,
            ComparisonKind.LessThanOrEqual => l <= r,
            ComparisonKind.GreaterThan => l > r,
            ComparisonKind.GreaterThanOrEqual => l >= r,
            _ => throw new InvalidOperationException(),
        };
    }

    [Fact]
    public void Varchar_compares_in_code_point_order()
    {
        Vector left = Column(SqlType.Varchar, "abc", "z", "é", "", null, "ab");
        Vector right = Column(SqlType.Varchar, "abd", "é", "z", "", "x", "abc");
        Assert.Equal([true, true, false, false, null, true], RunAllEncodings(Compare(ComparisonKind.LessThan, SqlType.Varchar), left, right));
        Assert.Equal([false, false, false, true, null, false], RunAllEncodings(Compare(ComparisonKind.Equal, SqlType.Varchar), left, right));
        Assert.Equal([true, true, true, false, true, true], RunAllEncodings(Compare(ComparisonKind.IsDistinctFrom, SqlType.Varchar), left, right));
        Assert.Equal([false, false, false, false, true, false],
            Run(Compare(ComparisonKind.Equal, SqlType.Varchar), 6, left, Constant(SqlType.Varchar, "x", 6)).Select(v => v ?? true).ToArray());
    }

    [Fact]
    public void Char_compares_as_if_blank_padded()
    {
        CharType type = SqlType.CreateChar(4);
        Vector left = Column(type, "ab", "a", "ab");
        Vector right = Column(type, "ab  ", "a\u0001", "ab\u007f");
        Assert.Equal([true, false, false], Run(Compare(ComparisonKind.Equal, type), 3, left, right));
        Assert.Equal([false, true, false], Run(Compare(ComparisonKind.GreaterThan, type), 3, left, right));
    }

    [Fact]
    public void Zoned_timestamps_compare_by_instant_and_uuids_unsigned()
    {
        var zoned = TimestampWithTimeZoneType.Create(3);
        Vector left = Column(zoned, new TimestampWithZone(1000, TimeZoneKey.Utc));
        Vector right = Column(zoned, new TimestampWithZone(1000, TimeZoneKey.GetKey("Asia/Tokyo")));
        Assert.Equal([true], Run(Compare(ComparisonKind.Equal, zoned), 1, left, right));
        Vector small = Column(SqlType.Uuid, (Int128)1);
        Vector high = Column(SqlType.Uuid, Int128.NegativeOne);
        Assert.Equal([true], Run(Compare(ComparisonKind.LessThan, SqlType.Uuid), 1, small, high));
    }

    [Fact]
    public void Booleans_order_false_before_true()
    {
        Assert.Equal([true, false, false], Run(Compare(ComparisonKind.LessThan, SqlType.Boolean), 3,
            Column(SqlType.Boolean, false, true, false), Column(SqlType.Boolean, true, false, false)));
    }

    [Fact]
    public void Decimals_of_different_types_compare_by_value()
    {
        DecimalType a = DecimalType.Create(10, 2);
        DecimalType b = DecimalType.Create(20, 4);
        Assert.Equal([true, false], Run(Compare(ComparisonKind.Equal, a, b), 2, Column(a, 125L, 125L), Column(b, (Int128)12_500, (Int128)12_501)));
        Assert.Equal([true], Run(Compare(ComparisonKind.LessThan, SqlType.Integer, SqlType.BigInt), 1,
            Column(SqlType.Integer, 1), Column(SqlType.BigInt, 5_000_000_000L)));
    }

    [Fact]
    public void Arrays_compare_element_by_element_with_trinos_null_rules()
    {
        ArrayType type = SqlType.CreateArray(SqlType.BigInt);
        Vector left = ColumnOf(type, [new object?[] { 1L, 2L }, new object?[] { 1L, null }, new object?[] { 1L, null }, new object?[] { 1L }, null]);
        Vector right = ColumnOf(type, [new object?[] { 1L, 2L }, new object?[] { 1L, null }, new object?[] { 2L, null }, new object?[] { 1L, 0L }, new object?[] { 1L }]);
        Assert.Equal([true, null, false, false, null], RunAllEncodings(Compare(ComparisonKind.Equal, type), left, right));
        Assert.Equal([false, false, true, true, true], RunAllEncodings(Compare(ComparisonKind.IsDistinctFrom, type), left, right));
        Assert.Equal([true], Run(Compare(ComparisonKind.LessThan, type), 1, ColumnOf(type, [new object?[] { 1L }]), ColumnOf(type, [new object?[] { 1L, 0L }])));
        ManifoldException error = Fails(Compare(ComparisonKind.LessThan, type), ColumnOf(type, [new object?[] { null }]), ColumnOf(type, [new object?[] { 1L }]));
        AssertError(error, StandardErrorCode.NotSupported, "ARRAY comparison not supported for arrays with null elements");
    }

    [Fact]
    public void Rows_and_maps_compare_by_fields_and_entries()
    {
        RowType row = SqlType.CreateRow([new RowField("x", SqlType.Integer), new RowField("y", SqlType.Varchar)]);
        Assert.Equal([true, null], Run(Compare(ComparisonKind.Equal, row), 2,
            ColumnOf(row, [new object?[] { 1, "a" }, new object?[] { 1, null }]), ColumnOf(row, [new object?[] { 1, "a" }, new object?[] { 1, "a" }])));
        Assert.Equal([true], Run(Compare(ComparisonKind.GreaterThan, row), 1, ColumnOf(row, [new object?[] { 2, "a" }]), ColumnOf(row, [new object?[] { 1, "z" }])));
        AssertError(Fails(Compare(ComparisonKind.LessThan, row), ColumnOf(row, [new object?[] { 1, null }]), ColumnOf(row, [new object?[] { 1, "a" }])),
            StandardErrorCode.NotSupported, "ROW comparison not supported for fields with null elements");

        MapType map = SqlType.CreateMap(SqlType.Varchar, SqlType.BigInt);
        MapValue ab = new([new("a", 1L), new("b", 2L)]);
        MapValue ba = new([new("b", 2L), new("a", 1L)]);
        MapValue withNull = new([new("a", 1L), new("b", null)]);
        Assert.Equal([true, null, false], Run(Compare(ComparisonKind.Equal, map), 3, Column(map, ab, ab, ab), Column(map, ba, withNull, new MapValue([new("a", 1L)]))));
        Assert.Equal([false], Run(Compare(ComparisonKind.IsDistinctFrom, map), 1, Column(map, withNull), Column(map, withNull)));
    }

    [Fact]
    public void Comparisons_with_a_bare_null_are_null()
    {
        Assert.Equal([null, null], Run(Compare(ComparisonKind.Equal, SqlType.Unknown, SqlType.BigInt), 2,
            Constant(SqlType.Unknown, null, 2), Column(SqlType.BigInt, 1L, null)));
        Assert.Equal([true, false], Run(Compare(ComparisonKind.IsDistinctFrom, SqlType.Unknown, SqlType.BigInt), 2,
            Constant(SqlType.Unknown, null, 2), Column(SqlType.BigInt, 1L, null)));
    }

    [Fact]
    public void Equality_on_a_dictionary_with_a_constant_keeps_the_dictionary()
    {
        Vector dictionary = AsDictionary(Column(SqlType.Varchar, "a", "b", "a"));
        Vector result = Compare(ComparisonKind.Equal, SqlType.Varchar).Evaluate([dictionary, Constant(SqlType.Varchar, "a", 3)], 3, Context);
        Assert.IsType<DictionaryVector>(result);
        Assert.Equal([true, false, true], Values(result));
    }

    [Fact]
    public void Operator_functions_bind_every_type_through_one_generic_signature()
    {
        var function = new LessThanOperator();
        Assert.Single(function.Signatures);
        Assert.True(function.Signatures[0].TypeVariables[0].Orderable);
        Assert.True(new EqualOperator().Signatures[0].TypeVariables[0].Comparable);
        Assert.Equal([true], Run(Kernel(function, [SqlType.Date, SqlType.Date], SqlType.Boolean), 1, Column(SqlType.Date, 1), Column(SqlType.Date, 2)));
    }
}
