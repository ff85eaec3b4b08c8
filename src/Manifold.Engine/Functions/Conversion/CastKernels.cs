using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>The engine's casts: <c>CAST(x AS T)</c> and the implicit coercions the binder inserts.</summary>
/// <remarks>
/// <para>Covers Trino's casts among: boolean and all numeric types; decimals of any precision and scale (rounding half
/// up); varchar/char and every type with a text form (formatting as <see cref="SqlValueFormatter.FormatCast(SqlType, object?)"/>,
/// parsing as <see cref="SqlValueParser"/>); varchar(n)/char(n) length rules; date, time, timestamp and timestamp
/// with time zone (session zone from <see cref="FunctionContext.TimeZoneKey"/>) and their precisions; uuid with
/// varchar and varbinary; varchar to varbinary; json with varchar, scalars, arrays, maps and rows; arrays, maps and
/// rows element by element; and unknown (a bare NULL) to anything.</para>
/// <para>Kernels follow <see cref="IScalarKernel"/>: one argument, the first bad non-null row raises the cast's error
/// (INVALID_CAST_ARGUMENT or NUMERIC_VALUE_OUT_OF_RANGE with Trino's message), null in gives null out.</para>
/// </remarks>
public static class CastKernels
{
    /// <summary>Creates the kernel of <c>CAST(x AS to)</c> for x of type <paramref name="from"/>; false when Trino has no
    /// such cast (the caller reports "Cannot cast X to Y").</summary>
    public static bool TryCreate(SqlType from, SqlType to, out IScalarKernel kernel)
    {
        kernel = Create(from, to)!;
        return kernel is not null;
    }

    private static IScalarKernel? Create(SqlType from, SqlType to)
    {
        if (from == to)
        {
            return IdentityKernel.Instance;
        }
        if (from.Kind == TypeKind.Unknown)
        {
            return new NullKernel(to);
        }
        if (to.IsCharacter)
        {
            return ToText(from, to);
        }
        if (from.IsCharacter)
        {
            return FromText(from, to);
        }
        if (from.Kind == TypeKind.Json)
        {
            return JsonCasts.FromJson(to);
        }
        if (to.Kind == TypeKind.Json)
        {
            return JsonCasts.ToJson(from);
        }
        if ((from.IsNumeric || from.Kind == TypeKind.Boolean) && (to.IsNumeric || to.Kind == TypeKind.Boolean))
        {
            return NumericCastKernels.Create(from, to);
        }
        switch (from.Kind, to.Kind)
        {
            case (TypeKind.Array, TypeKind.Array):
            case (TypeKind.Map, TypeKind.Map):
            case (TypeKind.Row, TypeKind.Row):
                return ContainerCasts.Create(from, to);
            case (TypeKind.Uuid, TypeKind.Varbinary):
                return new UuidBytesKernel(to, toBytes: true);
            case (TypeKind.Varbinary, TypeKind.Uuid):
                return new UuidBytesKernel(to, toBytes: false);
        }
        return Temporal(from, to);
    }

    private static IScalarKernel? ToText(SqlType from, SqlType to)
    {
        if (from.IsCharacter)
        {
            return new TextCastKernels.Text(from, to);
        }
        if (to.Kind == TypeKind.Char)
        {
            // Trino casts to char(n) only from text.
            return null;
        }
        return from.Kind switch
        {
            TypeKind.Boolean => new TextCastKernels.Format<bool, TextFormatters.Boolean>(to, default),
            TypeKind.TinyInt => new TextCastKernels.Format<sbyte, TextFormatters.Integer<sbyte>>(to, default),
            TypeKind.SmallInt => new TextCastKernels.Format<short, TextFormatters.Integer<short>>(to, default),
            TypeKind.Integer => new TextCastKernels.Format<int, TextFormatters.Integer<int>>(to, default),
            TypeKind.BigInt => new TextCastKernels.Format<long, TextFormatters.Integer<long>>(to, default),
            TypeKind.Real => new TextCastKernels.Format<float, TextFormatters.Real>(to, default),
            TypeKind.Double => new TextCastKernels.Format<double, TextFormatters.Double>(to, default),
            TypeKind.Decimal when ((DecimalType)from).IsShort
                => new TextCastKernels.Format<long, TextFormatters.ShortDecimal>(to, new(((DecimalType)from).Scale)),
            TypeKind.Decimal => new TextCastKernels.Format<Int128, TextFormatters.LongDecimal>(to, new(((DecimalType)from).Scale)),
            TypeKind.Date => new TextCastKernels.Format<int, TextFormatters.Date>(to, default),
            TypeKind.Time => new TextCastKernels.Format<long, TextFormatters.Time>(to, new(((TimeType)from).Precision)),
            TypeKind.Timestamp => new TextCastKernels.Format<long, TextFormatters.Timestamp>(to, new(((TimestampType)from).Precision)),
            TypeKind.TimestampWithTimeZone
                => new TextCastKernels.Format<TimestampWithZone, TextFormatters.Zoned>(to, new(((TimestampWithTimeZoneType)from).Precision)),
            TypeKind.IntervalYearToMonth => new TextCastKernels.Format<long, TextFormatters.YearToMonth>(to, default),
            TypeKind.IntervalDayToSecond => new TextCastKernels.Format<long, TextFormatters.DayToSecond>(to, default),
            TypeKind.Uuid => new TextCastKernels.Format<Int128, TextFormatters.Uuid>(to, default),
            TypeKind.Json => JsonCasts.ToVarchar(to),
            _ => null,
        };
    }

    private static IScalarKernel? FromText(SqlType from, SqlType to) => to.Kind switch
    {
        TypeKind.Boolean => new TextCastKernels.Parse<bool, TextParsers.Boolean>(to, default),
        TypeKind.TinyInt => new TextCastKernels.Parse<sbyte, TextParsers.Integer<sbyte>>(to, new("TINYINT")),
        TypeKind.SmallInt => new TextCastKernels.Parse<short, TextParsers.Integer<short>>(to, new("SMALLINT")),
        TypeKind.Integer => new TextCastKernels.Parse<int, TextParsers.Integer<int>>(to, new("INT")),
        TypeKind.BigInt => new TextCastKernels.Parse<long, TextParsers.Integer<long>>(to, new("BIGINT")),
        TypeKind.Real => new TextCastKernels.Parse<float, TextParsers.Real>(to, default),
        TypeKind.Double => new TextCastKernels.Parse<double, TextParsers.Double>(to, default),
        TypeKind.Decimal when ((DecimalType)to).IsShort => new TextCastKernels.Parse<long, TextParsers.Decimal<long>>(to, new((DecimalType)to)),
        TypeKind.Decimal => new TextCastKernels.Parse<Int128, TextParsers.Decimal<Int128>>(to, new((DecimalType)to)),
        TypeKind.Date => new TextCastKernels.Parse<int, TextParsers.Date>(to, default),
        TypeKind.Time => new TextCastKernels.Parse<long, TextParsers.Time>(to, new(((TimeType)to).Precision)),
        TypeKind.Timestamp => new TextCastKernels.Parse<long, TextParsers.Timestamp>(to, new(((TimestampType)to).Precision)),
        TypeKind.TimestampWithTimeZone
            => new TextCastKernels.Parse<TimestampWithZone, TextParsers.Zoned>(to, new(((TimestampWithTimeZoneType)to).Precision)),
        TypeKind.Uuid => new TextCastKernels.Parse<Int128, TextParsers.Uuid>(to, default),
        TypeKind.Varbinary => new TextCastKernels.Text(from, to),
        TypeKind.Json => JsonCasts.FromVarchar(to),
        _ => null,
    };

    private static IScalarKernel? Temporal(SqlType from, SqlType to)
    {
        switch (from.Kind, to.Kind)
        {
            case (TypeKind.Date, TypeKind.Timestamp):
                return OperationKernels.Unary<int, long, TemporalCasts.DateToTimestamp>(default, to);
            case (TypeKind.Timestamp, TypeKind.Date):
                return OperationKernels.Unary<long, int, TemporalCasts.TimestampToDate>(default, to);
            case (TypeKind.Timestamp, TypeKind.Timestamp):
                return OperationKernels.Unary<long, long, TemporalCasts.TimestampToTimestamp>(new(((TimestampType)to).Precision), to);
            case (TypeKind.Time, TypeKind.Time):
                return OperationKernels.Unary<long, long, TemporalCasts.TimeToTime>(new(((TimeType)to).Precision), to);
            case (TypeKind.Timestamp, TypeKind.Time):
                return OperationKernels.Unary<long, long, TemporalCasts.TimestampToTime>(new(((TimeType)to).Precision), to);
            case (TypeKind.TimestampWithTimeZone, TypeKind.TimestampWithTimeZone):
                return OperationKernels.Unary<TimestampWithZone, TimestampWithZone, TemporalCasts.ZonedToZoned>(
                    new(((TimestampWithTimeZoneType)to).Precision), to);
            case (TypeKind.TimestampWithTimeZone, TypeKind.Timestamp):
                return OperationKernels.Unary<TimestampWithZone, long, TemporalCasts.ZonedToTimestamp>(new(((TimestampType)to).Precision), to);
            case (TypeKind.TimestampWithTimeZone, TypeKind.Date):
                return OperationKernels.Unary<TimestampWithZone, int, TemporalCasts.ZonedToDate>(default, to);
            case (TypeKind.TimestampWithTimeZone, TypeKind.Time):
                return OperationKernels.Unary<TimestampWithZone, long, TemporalCasts.ZonedToTime>(new(((TimeType)to).Precision), to);
            case (TypeKind.Timestamp, TypeKind.TimestampWithTimeZone):
            {
                int precision = ((TimestampWithTimeZoneType)to).Precision;
                return new TemporalCasts.SessionKernel<long, TimestampWithZone, TemporalCasts.TimestampToZoned>(
                    context => new TemporalCasts.TimestampToZoned(precision, context.TimeZoneKey), to);
            }
            case (TypeKind.Date, TypeKind.TimestampWithTimeZone):
                return new TemporalCasts.SessionKernel<int, TimestampWithZone, TemporalCasts.DateToZoned>(
                    context => new TemporalCasts.DateToZoned(context.TimeZoneKey), to);
            case (TypeKind.Time, TypeKind.Timestamp):
            {
                int precision = ((TimestampType)to).Precision;
                return new TemporalCasts.SessionKernel<long, long, TemporalCasts.TimeToTimestamp>(
                    context => new TemporalCasts.TimeToTimestamp(TemporalCasts.SessionDayMicros(context), precision), to);
            }
            case (TypeKind.Time, TypeKind.TimestampWithTimeZone):
            {
                int precision = ((TimestampWithTimeZoneType)to).Precision;
                return new TemporalCasts.SessionKernel<long, TimestampWithZone, TemporalCasts.TimeToZoned>(
                    context => new TemporalCasts.TimeToZoned(TemporalCasts.SessionDayMicros(context), precision, context.TimeZoneKey), to);
            }
        }
        return null;
    }

    /// <summary>Returns the argument unchanged.</summary>
    private sealed class IdentityKernel : IScalarKernel
    {
        public static readonly IdentityKernel Instance = new();

        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context) => arguments[0];
    }

    /// <summary>A cast of the type of a bare NULL: all nulls of the target type.</summary>
    private sealed class NullKernel(SqlType target) : IScalarKernel
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context) => Vector.NullVector(target, rowCount);
    }

    /// <summary>uuid to its 16 bytes (big-endian) and back; a varbinary of another length is an invalid cast.</summary>
    private sealed class UuidBytesKernel(SqlType target, bool toBytes) : CastKernel(target, canFail: !toBytes)
    {
        protected override Vector CastFlat(Vector input, int rowCount, FunctionContext context)
        {
            if (toBytes)
            {
                var uuids = (FlatVector<Int128>)input;
                var builder = new BytesVectorBuilder(Target, rowCount, rowCount * 16);
                Span<byte> buffer = stackalloc byte[16];
                for (int i = 0; i < rowCount; i++)
                {
                    if (uuids.IsNull(i))
                    {
                        builder.AppendNull();
                        continue;
                    }
                    System.Buffers.Binary.BinaryPrimitives.WriteInt128BigEndian(buffer, uuids.Values[i]);
                    builder.Append(buffer);
                }
                return builder.Build();
            }
            var bytes = (BytesVector)input;
            var values = new Int128[rowCount];
            for (int i = 0; i < rowCount; i++)
            {
                if (bytes.IsNull(i))
                {
                    continue;
                }
                ReadOnlySpan<byte> value = bytes.GetBytes(i);
                if (value.Length != 16)
                {
                    throw CastErrors.InvalidCast($"Invalid UUID binary length: {value.Length}");
                }
                values[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt128BigEndian(value);
            }
            return new FlatVector<Int128>(Target, values, bytes.Nulls, rowCount);
        }
    }
}
