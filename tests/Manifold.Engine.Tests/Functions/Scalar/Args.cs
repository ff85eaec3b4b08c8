using System.Globalization;
using Manifold.Spi.Types;

namespace Manifold.Engine.Tests.Functions.Scalar;

/// <summary>Typed test arguments: <c>BigInt(5)</c>, <c>Varchar("x")</c>, <c>Dec("1.25")</c>, <c>Null("bigint")</c>, ….</summary>
public static class Args
{
    public static Arg TinyInt(sbyte? value) => new(SqlType.TinyInt, value);
    public static Arg SmallInt(short? value) => new(SqlType.SmallInt, value);
    public static Arg Int(int? value) => new(SqlType.Integer, value);
    public static Arg BigInt(long? value) => new(SqlType.BigInt, value);
    public static Arg Real(float? value) => new(SqlType.Real, value);
    public static Arg Double(double? value) => new(SqlType.Double, value);
    public static Arg Bool(bool? value) => new(SqlType.Boolean, value);
    public static Arg Varchar(string? value) => new(SqlType.Varchar, value);
    public static Arg Varchar(string? value, int length) => new(SqlType.CreateVarchar(length), value);
    public static Arg Varbinary(byte[]? value) => new(SqlType.Varbinary, value);
    public static Arg Json(string? value) => new(SqlType.Json, value);
    public static Arg Null(string type) => new(SqlType.Parse(type), null);
    public static Arg Of(string type, object? value) => new(SqlType.Parse(type), value);
    public static Arg Array(string elementType, params object?[] values) => new(SqlType.CreateArray(SqlType.Parse(elementType)), values);

    /// <summary>A decimal literal typed as Trino types it: <c>1.25</c> is decimal(3,2).</summary>
    public static Arg Dec(string literal)
    {
        string digits = literal.TrimStart('-');
        int point = digits.IndexOf('.');
        int scale = point < 0 ? 0 : digits.Length - point - 1;
        string unscaledText = digits.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        int precision = Math.Max(Math.Max(unscaledText.Length, scale), 1);
        Int128 unscaled = unscaledText.Length == 0 ? 0 : Int128.Parse(unscaledText, CultureInfo.InvariantCulture);
        if (literal.StartsWith('-'))
        {
            unscaled = -unscaled;
        }
        return DecOf(unscaled, precision, scale);
    }

    /// <summary>A decimal of an explicit type.</summary>
    public static Arg Dec(string literal, int precision, int scale)
    {
        Arg parsed = Dec(literal);
        var type = (DecimalType)parsed.Type;
        Int128 unscaled = parsed.Value is long l ? l : (Int128)parsed.Value!;
        for (int i = type.Scale; i < scale; i++)
        {
            unscaled *= 10;
        }
        return DecOf(unscaled, precision, scale);
    }

    private static Arg DecOf(Int128 unscaled, int precision, int scale)
    {
        DecimalType type = DecimalType.Create(precision, scale);
        return new Arg(type, type.IsShort ? (object)(long)unscaled : unscaled);
    }

    /// <summary>The boxed value a decimal result holds: <c>long</c> for short decimals, <c>Int128</c> for long ones.</summary>
    public static object DecValue(string literal, int precision, int scale) => Dec(literal, precision, scale).Value!;
}
