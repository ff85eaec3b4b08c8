using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Picks the kernel of a cast among boolean, tinyint, smallint, integer, bigint, real, double and decimal.</summary>
internal static class NumericCastKernels
{
    public static IScalarKernel? Create(SqlType from, SqlType to) => from.Kind switch
    {
        TypeKind.Boolean => FromBoolean(to),
        TypeKind.TinyInt => FromInteger<sbyte>(from, to),
        TypeKind.SmallInt => FromInteger<short>(from, to),
        TypeKind.Integer => FromInteger<int>(from, to),
        TypeKind.BigInt => FromInteger<long>(from, to),
        TypeKind.Real => FromFloat<float>("real", to),
        TypeKind.Double => FromFloat<double>("double", to),
        TypeKind.Decimal when ((DecimalType)from).IsShort => FromDecimal<long>((DecimalType)from, to),
        TypeKind.Decimal => FromDecimal<Int128>((DecimalType)from, to),
        _ => null,
    };

    private static string Name(SqlType type) => type.Name;

    private static IScalarKernel? FromBoolean(SqlType to) => to.Kind switch
    {
        TypeKind.TinyInt => OperationKernels.Unary<bool, sbyte, NumericCasts.BooleanToNumber<sbyte>>(new(1), to),
        TypeKind.SmallInt => OperationKernels.Unary<bool, short, NumericCasts.BooleanToNumber<short>>(new(1), to),
        TypeKind.Integer => OperationKernels.Unary<bool, int, NumericCasts.BooleanToNumber<int>>(new(1), to),
        TypeKind.BigInt => OperationKernels.Unary<bool, long, NumericCasts.BooleanToNumber<long>>(new(1), to),
        TypeKind.Real => OperationKernels.Unary<bool, float, NumericCasts.BooleanToNumber<float>>(new(1), to),
        TypeKind.Double => OperationKernels.Unary<bool, double, NumericCasts.BooleanToNumber<double>>(new(1), to),
        TypeKind.Decimal when ((DecimalType)to).IsShort => OperationKernels.Unary<bool, long, NumericCasts.BooleanToNumber<long>>(
            new(UnscaledDecimal.LongPowerOfTen(((DecimalType)to).Scale)), to),
        TypeKind.Decimal => OperationKernels.Unary<bool, Int128, NumericCasts.BooleanToNumber<Int128>>(
            new(UnscaledDecimal.PowerOfTen(((DecimalType)to).Scale)), to),
        _ => null,
    };

    private static IScalarKernel? FromInteger<TFrom>(SqlType from, SqlType to)
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        => to.Kind switch
        {
            TypeKind.Boolean => OperationKernels.Unary<TFrom, bool, NumericCasts.NumberToBoolean<TFrom>>(default, to),
            TypeKind.TinyInt => OperationKernels.Unary<TFrom, sbyte, NumericCasts.IntegerToInteger<TFrom, sbyte>>(new(Name(to)), to),
            TypeKind.SmallInt => OperationKernels.Unary<TFrom, short, NumericCasts.IntegerToInteger<TFrom, short>>(new(Name(to)), to),
            TypeKind.Integer => OperationKernels.Unary<TFrom, int, NumericCasts.IntegerToInteger<TFrom, int>>(new(Name(to)), to),
            TypeKind.BigInt => OperationKernels.Unary<TFrom, long, NumericCasts.IntegerToInteger<TFrom, long>>(new(Name(to)), to),
            TypeKind.Real => OperationKernels.Unary<TFrom, float, NumericCasts.IntegerToFloat<TFrom, float>>(default, to),
            TypeKind.Double => OperationKernels.Unary<TFrom, double, NumericCasts.IntegerToFloat<TFrom, double>>(default, to),
            TypeKind.Decimal when ((DecimalType)to).IsShort
                => OperationKernels.Unary<TFrom, long, DecimalCasts.FromInteger<TFrom, long>>(new(from, (DecimalType)to), to),
            TypeKind.Decimal => OperationKernels.Unary<TFrom, Int128, DecimalCasts.FromInteger<TFrom, Int128>>(new(from, (DecimalType)to), to),
            _ => null,
        };

    private static IScalarKernel? FromFloat<TFrom>(string sourceName, SqlType to)
        where TFrom : unmanaged, IFloatingPointIeee754<TFrom>
        => to.Kind switch
        {
            TypeKind.Boolean => OperationKernels.Unary<TFrom, bool, NumericCasts.NumberToBoolean<TFrom>>(default, to),
            TypeKind.TinyInt => OperationKernels.Unary<TFrom, sbyte, NumericCasts.FloatToInteger<TFrom, sbyte>>(new(sourceName, Name(to)), to),
            TypeKind.SmallInt => OperationKernels.Unary<TFrom, short, NumericCasts.FloatToInteger<TFrom, short>>(new(sourceName, Name(to)), to),
            TypeKind.Integer => OperationKernels.Unary<TFrom, int, NumericCasts.FloatToInteger<TFrom, int>>(new(sourceName, Name(to)), to),
            TypeKind.BigInt => OperationKernels.Unary<TFrom, long, NumericCasts.FloatToInteger<TFrom, long>>(new(sourceName, Name(to)), to),
            TypeKind.Real when typeof(TFrom) == typeof(double) => OperationKernels.Unary<double, float, NumericCasts.DoubleToReal>(default, to),
            TypeKind.Double when typeof(TFrom) == typeof(float) => OperationKernels.Unary<float, double, NumericCasts.RealToDouble>(default, to),
            TypeKind.Decimal when ((DecimalType)to).IsShort
                => OperationKernels.Unary<TFrom, long, DecimalCasts.FromFloat<TFrom, long>>(new((DecimalType)to), to),
            TypeKind.Decimal => OperationKernels.Unary<TFrom, Int128, DecimalCasts.FromFloat<TFrom, Int128>>(new((DecimalType)to), to),
            _ => null,
        };

    private static IScalarKernel? FromDecimal<TFrom>(DecimalType from, SqlType to)
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        => to.Kind switch
        {
            TypeKind.Boolean => OperationKernels.Unary<TFrom, bool, NumericCasts.NumberToBoolean<TFrom>>(default, to),
            TypeKind.TinyInt => OperationKernels.Unary<TFrom, sbyte, DecimalCasts.ToInteger<TFrom, sbyte>>(new(from, to), to),
            TypeKind.SmallInt => OperationKernels.Unary<TFrom, short, DecimalCasts.ToInteger<TFrom, short>>(new(from, to), to),
            TypeKind.Integer => OperationKernels.Unary<TFrom, int, DecimalCasts.ToInteger<TFrom, int>>(new(from, to), to),
            TypeKind.BigInt => OperationKernels.Unary<TFrom, long, DecimalCasts.ToInteger<TFrom, long>>(new(from, to), to),
            TypeKind.Real => OperationKernels.Unary<TFrom, float, DecimalCasts.ToReal<TFrom>>(new(from.Scale), to),
            TypeKind.Double => OperationKernels.Unary<TFrom, double, DecimalCasts.ToDouble<TFrom>>(new(from.Scale), to),
            TypeKind.Decimal when ((DecimalType)to).IsShort
                => OperationKernels.Unary<TFrom, long, DecimalCasts.Rescale<TFrom, long>>(new(from, (DecimalType)to), to),
            TypeKind.Decimal => OperationKernels.Unary<TFrom, Int128, DecimalCasts.Rescale<TFrom, Int128>>(new(from, (DecimalType)to), to),
            _ => null,
        };
}
