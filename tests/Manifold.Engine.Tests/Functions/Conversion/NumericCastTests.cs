using Manifold.Engine.Functions.Conversion;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Conversion;

public sealed class NumericCastTests
{
    private static DecimalType D(int precision, int scale) => DecimalType.Create(precision, scale);

    [Fact]
    public void Integers_widen_freely_and_narrow_with_range_checks()
    {
        Assert.Equal([5L, null, -7L], RunAllEncodings(Cast(SqlType.Integer, SqlType.BigInt), Column(SqlType.Integer, 5, null, -7)));
        Assert.Equal([(sbyte)100, (sbyte)-128], Run(Cast(SqlType.Integer, SqlType.TinyInt), 2, Column(SqlType.Integer, 100, -128)));
        AssertError(Fails(Cast(SqlType.Integer, SqlType.TinyInt), Column(SqlType.Integer, 1, 200)),
            StandardErrorCode.NumericValueOutOfRange, "Out of range for tinyint: 200");
        AssertError(Fails(Cast(SqlType.BigInt, SqlType.Integer), Column(SqlType.BigInt, 3_000_000_000L)),
            StandardErrorCode.NumericValueOutOfRange, "Out of range for integer: 3000000000");
        // A bad value under a null is ignored.
        Assert.Equal([null], Run(Cast(SqlType.Integer, SqlType.TinyInt), 1, Column(SqlType.Integer, new object?[] { null })));
    }

    [Fact]
    public void Floating_point_rounds_half_away_from_zero_into_integers()
    {
        Assert.Equal([3, -3, 1, -1, 0], Run(Cast(SqlType.Double, SqlType.Integer), 5, Column(SqlType.Double, 2.5, -2.5, 1.4, -0.5, 0.49)));
        Assert.Equal([(short)2], Run(Cast(SqlType.Real, SqlType.SmallInt), 1, Column(SqlType.Real, 1.5f)));
        AssertError(Fails(Cast(SqlType.Double, SqlType.Integer), Column(SqlType.Double, double.NaN)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast double NaN to integer");
        AssertError(Fails(Cast(SqlType.Double, SqlType.Integer), Column(SqlType.Double, 3e9)),
            StandardErrorCode.NumericValueOutOfRange, "Out of range for integer: 3.0E9");
        AssertError(Fails(Cast(SqlType.Double, SqlType.BigInt), Column(SqlType.Double, 1e20)),
            StandardErrorCode.InvalidCastArgument, "Unable to cast 1.0E20 to bigint");
        Assert.Equal([long.MinValue], Run(Cast(SqlType.Double, SqlType.BigInt), 1, Column(SqlType.Double, -9.223372036854775808E18)));
    }

    [Fact]
    public void Booleans_convert_to_and_from_numbers()
    {
        Assert.Equal([1, 0], Run(Cast(SqlType.Boolean, SqlType.Integer), 2, Column(SqlType.Boolean, true, false)));
        Assert.Equal([true, false, true], Run(Cast(SqlType.Double, SqlType.Boolean), 3, Column(SqlType.Double, 0.5, 0.0, double.NaN)));
        Assert.Equal([100L, 0L], Run(Cast(SqlType.Boolean, D(5, 2)), 2, Column(SqlType.Boolean, true, false)));
        Assert.Equal([true], Run(Cast(D(20, 2), SqlType.Boolean), 1, Column(D(20, 2), (Int128)1)));
    }

    [Fact]
    public void Decimals_rescale_half_up_and_check_precision()
    {
        Assert.Equal([126L, -126L, 124L], RunAllEncodings(Cast(D(5, 2), D(4, 1)), Column(D(5, 2), 1255L, -1255L, 1244L)));
        Assert.Equal([(Int128)125_000], Run(Cast(D(5, 2), D(20, 5)), 1, Column(D(5, 2), 125L)));
        AssertError(Fails(Cast(D(5, 2), D(4, 2)), Column(D(5, 2), 99_999L)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast DECIMAL(5, 2) '999.99' to DECIMAL(4, 2)");
        AssertError(Fails(Cast(SqlType.BigInt, D(3, 0)), Column(SqlType.BigInt, 12_345L)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast BIGINT '12345' to DECIMAL(3, 0)");
        Assert.Equal([(Int128)12_300], Run(Cast(SqlType.Integer, D(30, 2)), 1, Column(SqlType.Integer, 123)));
    }

    [Fact]
    public void Decimals_round_half_up_into_integers()
    {
        Assert.Equal([3, -3, 2], Run(Cast(D(5, 2), SqlType.Integer), 3, Column(D(5, 2), 250L, -250L, 249L)));
        AssertError(Fails(Cast(D(12, 0), SqlType.Integer), Column(D(12, 0), 3_000_000_000L)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast '3000000000' to INTEGER");
        AssertError(Fails(Cast(D(30, 1), SqlType.BigInt), Column(D(30, 1), Int128.Parse("100000000000000000000"))),
            StandardErrorCode.InvalidCastArgument, "Cannot cast '10000000000000000000.0' to BIGINT");
    }

    [Fact]
    public void Floating_point_and_decimals_convert_through_shortest_text()
    {
        Assert.Equal([10L, 268L, -268L], Run(Cast(SqlType.Double, D(10, 2)), 3, Column(SqlType.Double, 0.1, 2.675, -2.675)));
        Assert.Equal([(Int128)12_345_670], Run(Cast(SqlType.Real, D(20, 4)), 1, Column(SqlType.Real, 1234.567f)));
        AssertError(Fails(Cast(SqlType.Double, D(4, 2)), Column(SqlType.Double, 123.0)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast DOUBLE '123.0' to DECIMAL(4, 2)");
        AssertError(Fails(Cast(SqlType.Double, D(4, 2)), Column(SqlType.Double, double.NaN)),
            StandardErrorCode.InvalidCastArgument, "Cannot cast DOUBLE 'NaN' to DECIMAL(4, 2)");
        Assert.Equal([12.5, -0.01], Run(Cast(D(5, 2), SqlType.Double), 2, Column(D(5, 2), 1250L, -1L)));
        Assert.Equal([0.1], Run(Cast(D(25, 24), SqlType.Double), 1, Column(D(25, 24), Int128.Parse("100000000000000000000000"))));
        Assert.Equal([1.5f], Run(Cast(D(5, 1), SqlType.Real), 1, Column(D(5, 1), 15L)));
    }

    [Fact]
    public void Real_and_double_convert_to_each_other()
    {
        Assert.Equal([1.5], Run(Cast(SqlType.Real, SqlType.Double), 1, Column(SqlType.Real, 1.5f)));
        Assert.Equal([float.PositiveInfinity], Run(Cast(SqlType.Double, SqlType.Real), 1, Column(SqlType.Double, 1e300)));
    }

    [Fact]
    public void A_constant_is_cast_once()
    {
        IScalarKernel kernel = Cast(SqlType.Integer, SqlType.BigInt);
        var result = kernel.Evaluate([Constant(SqlType.Integer, 4, 3)], 3, Context);
        Assert.IsType<Manifold.Spi.Vectors.ConstantVector>(result);
        Assert.Equal([4L, 4L, 4L], Values(result));
    }
}
