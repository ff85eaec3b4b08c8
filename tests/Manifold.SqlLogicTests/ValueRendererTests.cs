using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

public sealed class ValueRendererTests
{
    [Theory]
    [InlineData('I')]
    [InlineData('R')]
    [InlineData('T')]
    public void Null_renders_as_NULL_whatever_the_letter(char type)
    {
        Assert.Equal("NULL", ValueRenderer.Render(null, type));
        Assert.Equal("NULL", ValueRenderer.Render(DBNull.Value, type));
    }

    [Fact]
    public void Integer_column_truncates_reals_toward_zero()
    {
        Assert.Equal("2", ValueRenderer.Render(2.9, 'I'));
        Assert.Equal("-2", ValueRenderer.Render(-2.9, 'I'));
        Assert.Equal("2", ValueRenderer.Render(2.9f, 'I'));
        Assert.Equal("-2", ValueRenderer.Render(-2.9m, 'I'));
        Assert.Equal("0", ValueRenderer.Render(-0.5, 'I'));
    }

    [Fact]
    public void Integer_column_saturates_out_of_range_reals_and_maps_nan_to_zero()
    {
        Assert.Equal("9223372036854775807", ValueRenderer.Render(1e30, 'I'));
        Assert.Equal("-9223372036854775808", ValueRenderer.Render(-1e30, 'I'));
        Assert.Equal("0", ValueRenderer.Render(double.NaN, 'I'));
    }

    [Fact]
    public void Integer_column_prints_every_integer_type_as_is()
    {
        Assert.Equal("-9223372036854775808", ValueRenderer.Render(long.MinValue, 'I'));
        Assert.Equal("42", ValueRenderer.Render(42, 'I'));
        Assert.Equal("-7", ValueRenderer.Render((short)-7, 'I'));
        Assert.Equal("-8", ValueRenderer.Render((sbyte)-8, 'I'));
        Assert.Equal("1", ValueRenderer.Render(true, 'I'));
        Assert.Equal("0", ValueRenderer.Render(false, 'I'));
    }

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("  -34abc", -34L)]
    [InlineData("+5", 5L)]
    [InlineData("abc", 0L)]
    [InlineData("", 0L)]
    [InlineData("1.9", 1L)]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    public void Integer_column_reads_text_like_sqlite(string text, long expected)
    {
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueRenderer.Render(text, 'I'));
    }

    [Theory]
    [InlineData(3.0, "3.000")]
    [InlineData(-0.5, "-0.500")]
    [InlineData(0.0, "0.000")]
    [InlineData(1.0 / 3, "0.333")]
    [InlineData(2.0 / 3, "0.667")]
    [InlineData(0.0625, "0.063")]
    [InlineData(999.9996, "1000.000")]
    [InlineData(0.0005, "0.001")]
    [InlineData(0.0004, "0.000")]
    [InlineData(12345678.125, "12345678.125")]
    [InlineData(-9223372036854775808.0, "-9223372036854776000.000")]
    [InlineData(-18446744073709551616.0, "-18446744073709550000.000")]
    [InlineData(1e20, "100000000000000000000.000")]
    [InlineData(1234567890123.4567, "1234567890123.457")]
    [InlineData(12345678901234.567, "12345678901234.570")]
    public void Real_column_prints_like_sqlite_printf_3f(double value, string expected)
    {
        Assert.Equal(expected, ValueRenderer.Render(value, 'R'));
    }

    [Fact]
    public void Real_column_prints_negative_zero_without_sign()
    {
        Assert.Equal("0.000", ValueRenderer.Render(-0.0, 'R'));
    }

    [Fact]
    public void Real_column_widens_integers_decimals_and_text()
    {
        Assert.Equal("-9223372036854776000.000", ValueRenderer.Render(long.MinValue, 'R'));
        Assert.Equal("3.000", ValueRenderer.Render(3, 'R'));
        Assert.Equal("1.500", ValueRenderer.Render(1.5m, 'R'));
        Assert.Equal("0.100", ValueRenderer.Render(0.1f, 'R'));
        Assert.Equal("1.000", ValueRenderer.Render(true, 'R'));
        Assert.Equal("12.500", ValueRenderer.Render(" 12.5xyz", 'R'));
        Assert.Equal("-2000.000", ValueRenderer.Render("-2e3", 'R'));
        Assert.Equal("0.000", ValueRenderer.Render("abc", 'R'));
    }

    [Fact]
    public void Text_column_marks_empty_and_non_printable_text()
    {
        Assert.Equal("(empty)", ValueRenderer.Render("", 'T'));
        Assert.Equal("a@b", ValueRenderer.Render("a\tb", 'T'));
        Assert.Equal("caf@", ValueRenderer.Render("café", 'T'));
        Assert.Equal("@!", ValueRenderer.Render("\U0001F600!", 'T'));
        Assert.Equal("@", ValueRenderer.Render("\u007F", 'T'));
        Assert.Equal(" ~", ValueRenderer.Render(" ~", 'T'));
        Assert.Equal("ab@", ValueRenderer.Render(new byte[] { (byte)'a', (byte)'b', 0 }, 'T'));
    }

    [Fact]
    public void Text_column_prints_numbers_in_sqlite_text_form()
    {
        Assert.Equal("42", ValueRenderer.Render(42L, 'T'));
        Assert.Equal("1.0", ValueRenderer.Render(1.0, 'T'));
        Assert.Equal("0.1", ValueRenderer.Render(0.1, 'T'));
        Assert.Equal("0.1", ValueRenderer.Render(0.1f, 'T'));
        Assert.Equal("0.333333333333333", ValueRenderer.Render(1.0 / 3, 'T'));
        Assert.Equal("1.0e+20", ValueRenderer.Render(1e20, 'T'));
        Assert.Equal("1.5e-05", ValueRenderer.Render(1.5e-5, 'T'));
        Assert.Equal("-12.5", ValueRenderer.Render(-12.5m, 'T'));
        Assert.Equal("3", ValueRenderer.Render(3.00m, 'T'));
        Assert.Equal("1", ValueRenderer.Render(true, 'T'));
    }

    [Fact]
    public void Other_values_render_through_their_invariant_text()
    {
        Assert.Equal("opaque value", ValueRenderer.Render(new Opaque(), 'T'));
        Assert.Equal("0", ValueRenderer.Render(new Opaque(), 'I'));
        Assert.Equal("7", ValueRenderer.Render(new System.Numerics.BigInteger(7), 'I'));
        Assert.Equal("7.000", ValueRenderer.Render(new System.Numerics.BigInteger(7), 'R'));
    }

    private sealed class Opaque
    {
        public override string ToString() => "opaque value";
    }
}
