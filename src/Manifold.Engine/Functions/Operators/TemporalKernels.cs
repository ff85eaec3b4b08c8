using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Signatures and kernels of the date, time, timestamp and interval overloads of the arithmetic operators.</summary>
internal static class TemporalKernels
{
    private const string DayTime = "interval day to second";
    private const string YearMonth = "interval year to month";
    private static readonly string[] s_datetimes = ["date", "time(p)", "timestamp(p)", "timestamp(p) with time zone"];

    /// <summary>value ± interval (and interval + value when <paramref name="commutative"/>), interval ± interval.</summary>
    public static IEnumerable<FunctionSignature> PlusSignatures(bool commutative)
    {
        foreach (string type in s_datetimes)
        {
            foreach (string interval in (string[])[DayTime, YearMonth])
            {
                if (type == "time(p)" && interval == YearMonth)
                {
                    continue;
                }
                yield return FunctionSignature.Of(type, type, interval);
                if (commutative)
                {
                    yield return FunctionSignature.Of(type, interval, type);
                }
            }
        }
        yield return FunctionSignature.Of(DayTime, DayTime, DayTime);
        yield return FunctionSignature.Of(YearMonth, YearMonth, YearMonth);
    }

    public static IEnumerable<FunctionSignature> DifferenceSignatures()
    {
        yield return FunctionSignature.Of(DayTime, "timestamp(p)", "timestamp(p)");
        yield return FunctionSignature.Of(DayTime, "timestamp(p) with time zone", "timestamp(p) with time zone");
        yield return FunctionSignature.Of(DayTime, "time(p)", "time(p)");
    }

    public static IEnumerable<FunctionSignature> ScaleSignatures(bool divide)
    {
        foreach (string interval in (string[])[DayTime, YearMonth])
        {
            yield return FunctionSignature.Of(interval, interval, "double");
            if (!divide)
            {
                yield return FunctionSignature.Of(interval, "double", interval);
                yield return FunctionSignature.Of(interval, interval, "bigint");
                yield return FunctionSignature.Of(interval, "bigint", interval);
            }
        }
    }

    /// <summary>The kernel of value ± interval or interval ± interval; null when the types do not match.</summary>
    public static IScalarKernel? Plus(SqlType left, SqlType right, SqlType result, int sign)
    {
        if (IsInterval(left) && IsInterval(right) && left.Kind == right.Kind)
        {
            return sign > 0
                ? OperationKernels.Binary<long, long, long, IntegerArithmetic.Add<long>>(default, result)
                : OperationKernels.Binary<long, long, long, IntegerArithmetic.Subtract<long>>(default, result);
        }
        if (IsInterval(right))
        {
            return ValuePlusInterval(left, right.Kind, result, sign);
        }
        if (sign > 0 && IsInterval(left))
        {
            return IntervalPlusValue(left.Kind, right, result);
        }
        return null;
    }

    /// <summary>timestamp − timestamp, timestamp with time zone − same, time − time.</summary>
    public static IScalarKernel? Difference(SqlType left, SqlType right, SqlType result)
    {
        if (left.Kind != right.Kind)
        {
            return null;
        }
        return left.Kind switch
        {
            TypeKind.Timestamp => OperationKernels.Binary<long, long, long, DateTimeArithmetic.TimestampDifference>(default, result),
            TypeKind.TimestampWithTimeZone
                => OperationKernels.Binary<TimestampWithZone, TimestampWithZone, long, DateTimeArithmetic.ZonedDifference>(default, result),
            TypeKind.Time => OperationKernels.Binary<long, long, long, DateTimeArithmetic.TimeDifference>(default, result),
            _ => null,
        };
    }

    /// <summary>interval × number, number × interval, interval / double.</summary>
    public static IScalarKernel? Scale(SqlType left, SqlType right, SqlType result, bool divide)
    {
        if (IsInterval(left))
        {
            return (right.Kind, divide) switch
            {
                (TypeKind.Double, true) => OperationKernels.Binary<long, double, long, DateTimeArithmetic.IntervalDividedByDouble>(default, result),
                (TypeKind.Double, false) => OperationKernels.Binary<long, double, long, DateTimeArithmetic.IntervalTimesDouble>(default, result),
                (TypeKind.BigInt, false) => OperationKernels.Binary<long, long, long, IntegerArithmetic.Multiply<long>>(default, result),
                _ => null,
            };
        }
        if (IsInterval(right) && !divide)
        {
            return left.Kind switch
            {
                TypeKind.Double => OperationKernels.Binary<double, long, long,
                    DateTimeArithmetic.Swapped<long, double, long, DateTimeArithmetic.IntervalTimesDouble>>(default, result),
                TypeKind.BigInt => OperationKernels.Binary<long, long, long, IntegerArithmetic.Multiply<long>>(default, result),
                _ => null,
            };
        }
        return null;
    }

    private static bool IsInterval(SqlType type) => type.Kind is TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth;

    private static IScalarKernel? ValuePlusInterval(SqlType value, TypeKind interval, SqlType result, int sign)
    {
        bool dayTime = interval == TypeKind.IntervalDayToSecond;
        return value.Kind switch
        {
            TypeKind.Date => dayTime
                ? OperationKernels.Binary<int, long, int, DateTimeArithmetic.DatePlusDayTime>(new(sign), result)
                : OperationKernels.Binary<int, long, int, DateTimeArithmetic.DatePlusYearMonth>(new(sign), result),
            TypeKind.Time when dayTime => OperationKernels.Binary<long, long, long, DateTimeArithmetic.TimePlusDayTime>(new(sign), result),
            TypeKind.Timestamp => dayTime
                ? OperationKernels.Binary<long, long, long, DateTimeArithmetic.TimestampPlusDayTime>(new(sign), result)
                : OperationKernels.Binary<long, long, long, DateTimeArithmetic.TimestampPlusYearMonth>(new(sign), result),
            TypeKind.TimestampWithTimeZone => dayTime
                ? OperationKernels.Binary<TimestampWithZone, long, TimestampWithZone, DateTimeArithmetic.ZonedPlusDayTime>(new(sign), result)
                : OperationKernels.Binary<TimestampWithZone, long, TimestampWithZone, DateTimeArithmetic.ZonedPlusYearMonth>(new(sign), result),
            _ => null,
        };
    }

    private static IScalarKernel? IntervalPlusValue(TypeKind interval, SqlType value, SqlType result)
    {
        bool dayTime = interval == TypeKind.IntervalDayToSecond;
        return value.Kind switch
        {
            TypeKind.Date => dayTime
                ? OperationKernels.Binary<long, int, int, DateTimeArithmetic.Swapped<int, long, int, DateTimeArithmetic.DatePlusDayTime>>(new(new(1)), result)
                : OperationKernels.Binary<long, int, int, DateTimeArithmetic.Swapped<int, long, int, DateTimeArithmetic.DatePlusYearMonth>>(new(new(1)), result),
            TypeKind.Time when dayTime
                => OperationKernels.Binary<long, long, long, DateTimeArithmetic.Swapped<long, long, long, DateTimeArithmetic.TimePlusDayTime>>(new(new(1)), result),
            TypeKind.Timestamp => dayTime
                ? OperationKernels.Binary<long, long, long, DateTimeArithmetic.Swapped<long, long, long, DateTimeArithmetic.TimestampPlusDayTime>>(new(new(1)), result)
                : OperationKernels.Binary<long, long, long, DateTimeArithmetic.Swapped<long, long, long, DateTimeArithmetic.TimestampPlusYearMonth>>(new(new(1)), result),
            TypeKind.TimestampWithTimeZone => dayTime
                ? OperationKernels.Binary<long, TimestampWithZone, TimestampWithZone,
                    DateTimeArithmetic.Swapped<TimestampWithZone, long, TimestampWithZone, DateTimeArithmetic.ZonedPlusDayTime>>(new(new(1)), result)
                : OperationKernels.Binary<long, TimestampWithZone, TimestampWithZone,
                    DateTimeArithmetic.Swapped<TimestampWithZone, long, TimestampWithZone, DateTimeArithmetic.ZonedPlusYearMonth>>(new(new(1)), result),
            _ => null,
        };
    }
}
