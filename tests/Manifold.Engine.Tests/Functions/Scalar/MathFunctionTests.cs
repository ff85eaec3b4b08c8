using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class MathFunctionTests
{
    [Fact]
    public void Abs_keeps_the_type_and_fails_on_the_minimum_value()
    {
        Assert.Equal(5L, Call("abs", BigInt(-5)));
        Assert.Equal((sbyte)5, Call("abs", TinyInt(-5)));
        Assert.Equal(17.4, Call("abs", Double(-17.4)));
        Assert.Equal(1.5f, Call("abs", Real(-1.5f)));
        Assert.Equal(DecValue("17.4", 3, 1), Call("abs", Dec("-17.4")));
        Assert.Equal(SqlType.CreateDecimal(3, 1), TypeOf("abs", Dec("-17.4")));
        Assert.Null(Call("abs", Null("bigint")));
        Fails(StandardErrorCode.NumericValueOutOfRange, "abs", BigInt(long.MinValue));
        Fails(StandardErrorCode.NumericValueOutOfRange, "abs", TinyInt(sbyte.MinValue));
    }

    [Fact]
    public void Abs_of_a_long_decimal_works()
    {
        Arg big = Dec("-12345678901234567890.5");
        Assert.Equal(SqlType.CreateDecimal(21, 1), big.Type);
        Assert.Equal(Int128.Parse("123456789012345678905"), Call("abs", big));
    }

    [Fact]
    public void Ceiling_and_floor_follow_trino_for_every_type()
    {
        Assert.Equal(-42.0, Call("ceiling", Double(-42.8)));
        Assert.Equal(-42.0, Call("ceil", Double(-42.8)));
        Assert.Equal(-43.0, Call("floor", Double(-42.8)));
        Assert.Equal(7L, Call("ceil", BigInt(7)));
        Assert.Equal(2f, Call("ceil", Real(1.2f)));
        Assert.Equal(SqlType.CreateDecimal(3, 0), TypeOf("ceiling", Dec("42.8")));
        Assert.Equal(43L, Call("ceiling", Dec("42.8")));
        Assert.Equal(-42L, Call("ceiling", Dec("-42.8")));
        Assert.Equal(42L, Call("floor", Dec("42.8")));
        Assert.Equal(-43L, Call("floor", Dec("-42.8")));
        Assert.Equal(1L, Call("ceiling", Dec("0.01")));
        Assert.Equal(SqlType.CreateDecimal(1, 0), TypeOf("floor", Dec("0.01")));
    }

    [Fact]
    public void Round_rounds_half_away_from_zero()
    {
        Assert.Equal(3.0, Call("round", Double(2.5)));
        Assert.Equal(-3.0, Call("round", Double(-2.5)));
        Assert.Equal(2.0, Call("round", Double(2.4)));
        Assert.Equal(2.5, Call("round", Double(2.45), Int(1)));
        Assert.Equal(1200.0, Call("round", Double(1249.0), Int(-2)));
        Assert.Equal(0.0, Call("round", Double(0.49999999999999994)));
        Assert.Equal(double.NaN, Call("round", Double(double.NaN)));
        Assert.Equal(1200L, Call("round", BigInt(1249), Int(-2)));
        Assert.Equal(1300L, Call("round", BigInt(1250), Int(-2)));
        Assert.Equal(-1300L, Call("round", BigInt(-1250), Int(-2)));
        Assert.Equal(15L, Call("round", BigInt(15), Int(3)));
        Fails(StandardErrorCode.NumericValueOutOfRange, "round", TinyInt(127), Int(-1));
    }

    [Fact]
    public void Round_of_decimals_uses_trinos_result_types()
    {
        Assert.Equal(SqlType.CreateDecimal(2, 0), TypeOf("round", Dec("1.55")));
        Assert.Equal(2L, Call("round", Dec("1.55")));
        Assert.Equal(-2L, Call("round", Dec("-1.5")));
        Assert.Equal(SqlType.CreateDecimal(4, 2), TypeOf("round", Dec("1.55"), Int(1)));
        Assert.Equal(DecValue("1.60", 4, 2), Call("round", Dec("1.55"), Int(1)));
        Assert.Equal(DecValue("10.00", 4, 2), Call("round", Dec("9.99"), Int(1)));
        Assert.Equal(DecValue("-10.00", 4, 2), Call("round", Dec("-9.99"), Int(0)));
        Assert.Equal(DecValue("100.00", 5, 2), Call("round", Dec("99.99"), Int(-2)));
        Assert.Equal(DecValue("0.00", 4, 2), Call("round", Dec("9.99"), Int(-3)));
    }

    [Fact]
    public void Truncate_drops_digits()
    {
        Assert.Equal(-7.0, Call("truncate", Double(-7.9)));
        Assert.Equal(7L, Call("truncate", Dec("7.9")));
        Assert.Equal(SqlType.CreateDecimal(1, 0), TypeOf("truncate", Dec("7.9")));
        Assert.Equal(DecValue("7.90", 3, 2), Call("truncate", Dec("7.99"), Int(1)));
        Assert.Equal(DecValue("-7.90", 3, 2), Call("truncate", Dec("-7.99"), Int(1)));
        Assert.Equal(12.3, Call("truncate", Double(12.399), Int(1)));
        Assert.Equal(10.0, Call("truncate", Double(19.5), Int(-1)));
    }

    [Fact]
    public void Sign_returns_the_signum()
    {
        Assert.Equal(-1L, Call("sign", BigInt(-8)));
        Assert.Equal(0, Call("sign", Int(0)));
        Assert.Equal(1.0, Call("sign", Double(double.PositiveInfinity)));
        Assert.Equal(-0.0, Call("sign", Double(-0.0)));
        Assert.True(double.IsNaN((double)Call("sign", Double(double.NaN))!));
        Assert.Equal(SqlType.CreateDecimal(1, 0), TypeOf("sign", Dec("-3.5")));
        Assert.Equal(-1L, Call("sign", Dec("-3.5")));
    }

    [Fact]
    public void Mod_keeps_the_sign_of_the_dividend()
    {
        Assert.Equal(-1L, Call("mod", BigInt(-7), BigInt(3)));
        Assert.Equal(1, Call("mod", Int(7), Int(-3)));
        Assert.Equal(0L, Call("mod", BigInt(long.MinValue), BigInt(-1)));
        Assert.Equal(1.5, Call("mod", Double(7.5), Double(3)));
        Assert.True(double.IsNaN((double)Call("mod", Double(1), Double(0))!));
        Fails(StandardErrorCode.DivisionByZero, "mod", BigInt(1), BigInt(0));
        Assert.Equal(SqlType.CreateDecimal(2, 1), TypeOf("mod", Dec("7.5"), Dec("2")));
        Assert.Equal(15L, Call("mod", Dec("7.5"), Dec("2")));
        Fails(StandardErrorCode.DivisionByZero, "mod", Dec("7.5"), Dec("0.0"));
    }

    [Fact]
    public void Elementary_functions_match_java_math()
    {
        Assert.Equal(3.0, Call("cbrt", Double(27)));
        Assert.Equal(180.0, Call("degrees", Double(Math.PI)));
        Assert.Equal(Math.PI, Call("radians", Double(180)));
        Assert.Equal(Math.E, Call("e"));
        Assert.Equal(Math.PI, Call("pi"));
        Assert.Equal(Math.E, Call("exp", Double(1)));
        Assert.Equal(1.0, Call("ln", Double(Math.E)));
        Assert.Equal(3.0, Call("log2", Double(8)));
        Assert.Equal(3.0, Call("log10", Double(1000)));
        Assert.Equal(3.0, Call("log", Double(2), Double(8)));
        Assert.Equal(1024.0, Call("power", Double(2), Double(10)));
        Assert.Equal(1024.0, Call("pow", Double(2), Double(10)));
        Assert.Equal(4.0, Call("sqrt", Double(16)));
        Assert.True(double.IsNaN((double)Call("sqrt", Double(-1))!));
        Assert.Equal(Math.PI / 4, Call("atan2", Double(1), Double(1)));
        Assert.Equal(0.0, Call("acos", Double(1)));
        Assert.Equal(0.0, Call("asin", Double(0)));
        Assert.Equal(0.0, Call("atan", Double(0)));
        Assert.Equal(1.0, Call("cos", Double(0)));
        Assert.Equal(1.0, Call("cosh", Double(0)));
        Assert.Equal(0.0, Call("sin", Double(0)));
        Assert.Equal(0.0, Call("sinh", Double(0)));
        Assert.Equal(0.0, Call("tan", Double(0)));
        Assert.Equal(0.0, Call("tanh", Double(0)));
        Assert.Null(Call("sqrt", Null("double")));
        Assert.Null(Call("power", Double(2), Null("double")));
    }

    [Fact]
    public void Floating_point_predicates_and_constants()
    {
        Assert.Equal(true, Call("is_nan", Double(double.NaN)));
        Assert.Equal(false, Call("is_nan", Double(1)));
        Assert.Equal(true, Call("is_finite", Double(1)));
        Assert.Equal(false, Call("is_finite", Double(double.PositiveInfinity)));
        Assert.Equal(true, Call("is_infinite", Double(double.NegativeInfinity)));
        Assert.Equal(double.PositiveInfinity, Call("infinity"));
        Assert.True(double.IsNaN((double)Call("nan")!));
        Assert.Null(Call("is_nan", Null("double")));
    }

    [Fact]
    public void Width_bucket_matches_trino()
    {
        Assert.Equal(3L, Call("width_bucket", Double(5.3), Double(0.2), Double(10.6), BigInt(5)));
        Assert.Equal(0L, Call("width_bucket", Double(-1), Double(0), Double(10), BigInt(5)));
        Assert.Equal(6L, Call("width_bucket", Double(10), Double(0), Double(10), BigInt(5)));
        Assert.Equal(5L, Call("width_bucket", Double(1), Double(10), Double(0), BigInt(5)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "width_bucket", Double(1), Double(0), Double(10), BigInt(0));
        Fails(StandardErrorCode.InvalidFunctionArgument, "width_bucket", Double(1), Double(1), Double(1), BigInt(3));
        Assert.Equal(2L, Call("width_bucket", Double(2.5), Array("double", 1.0, 2.0, 3.0)));
        Assert.Equal(0L, Call("width_bucket", Double(0.5), Array("double", 1.0, 2.0, 3.0)));
        Assert.Equal(3L, Call("width_bucket", Double(3), Array("double", 1.0, 2.0, 3.0)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "width_bucket", Double(2), Array("double"));
    }

    [Fact]
    public void Random_stays_in_bounds_and_checks_them()
    {
        object?[] values = EvaluateRows("random", [SqlType.BigInt], Enumerable.Range(0, 200).Select(_ => new object?[] { 10L }).ToList());
        Assert.All(values, v => Assert.InRange((long)v!, 0, 9));
        Assert.True(values.Distinct().Count() > 1);
        object?[] ranged = EvaluateRows("rand", [SqlType.Integer, SqlType.Integer], Enumerable.Range(0, 200).Select(_ => new object?[] { -3, 3 }).ToList());
        Assert.All(ranged, v => Assert.InRange((int)v!, -3, 2));
        Fails(StandardErrorCode.InvalidFunctionArgument, "random", BigInt(0));
        Fails(StandardErrorCode.InvalidFunctionArgument, "random", BigInt(5), BigInt(5));
        Assert.All(EvaluateRows("random", [], [[], []]), v => Assert.InRange((double)v!, 0.0, 0.9999999999999999));
        Assert.False(All["random"].Attribute.Deterministic);
    }

    [Fact]
    public void Base_conversion_round_trips()
    {
        Assert.Equal("ff", Call("to_base", BigInt(255), BigInt(16)));
        Assert.Equal("-1010", Call("to_base", BigInt(-10), BigInt(2)));
        Assert.Equal("-9223372036854775808", Call("to_base", BigInt(long.MinValue), BigInt(10)));
        Assert.Equal(SqlType.CreateVarchar(64), TypeOf("to_base", BigInt(1), BigInt(2)));
        Assert.Equal(255L, Call("from_base", Varchar("FF"), BigInt(16)));
        Assert.Equal(-10L, Call("from_base", Varchar("-1010"), BigInt(2)));
        Assert.Equal(long.MinValue, Call("from_base", Varchar("-9223372036854775808"), BigInt(10)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_base", Varchar("9223372036854775808"), BigInt(10));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_base", Varchar("12z"), BigInt(16));
        Fails(StandardErrorCode.InvalidFunctionArgument, "to_base", BigInt(1), BigInt(37));
    }

    [Fact]
    public void Bitwise_functions_use_twos_complement()
    {
        Assert.Equal(17L, Call("bitwise_and", BigInt(19), BigInt(25)));
        Assert.Equal(27L, Call("bitwise_or", BigInt(19), BigInt(25)));
        Assert.Equal(10L, Call("bitwise_xor", BigInt(19), BigInt(25)));
        Assert.Equal(11L, Call("bitwise_not", BigInt(-12)));
    }

    [Fact]
    public void Greatest_and_least_handle_nulls_nan_and_any_orderable_type()
    {
        Assert.Equal(5L, Call("greatest", BigInt(1), BigInt(5), BigInt(3)));
        Assert.Equal(1L, Call("least", BigInt(1), BigInt(5), BigInt(3)));
        Assert.Null(Call("greatest", BigInt(1), Null("bigint")));
        Assert.True(double.IsNaN((double)Call("greatest", Double(1), Double(double.NaN))!));
        Assert.Equal(1.0, Call("least", Double(double.NaN), Double(1)));
        Assert.Equal("b", Call("greatest", Varchar("a"), Varchar("b")));
        Assert.Equal("a", Call("least", Varchar("b"), Varchar("a"), Varchar("ab")));
        Assert.Equal(DecValue("2.5", 2, 1), Call("greatest", Dec("1.5"), Dec("2.5")));
        Assert.Equal(new object?[] { 1L, 3L }, (object?[])Call("greatest", Array("bigint", 1L, 2L), Array("bigint", 1L, 3L))!);
    }
}
