using BigInteger = System.Numerics.BigInteger;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>The sort key of one partition in a form that RANGE frame offsets can be added to and compared with: numbers as
/// <see cref="decimal"/> (integers and decimals) or <see cref="double"/> (real, double), dates and timestamps as
/// microseconds since the epoch.</summary>
/// <remarks>Rows with a NULL key form one peer group at one end of the partition; for them a RANGE bound is the edge of
/// that group, as in Trino. For the others, bounds are found by binary search over the non-null rows.</remarks>
internal sealed class RangeFrameKeys
{
    private const long MicrosPerDay = 86_400_000_000L;

    private readonly SqlType _keyType;
    private readonly bool _ascending;
    private readonly bool[] _isNull;
    private readonly decimal[]? _decimals;
    private readonly double[]? _doubles;
    private readonly long[]? _micros;
    private readonly int _firstNonNull;
    private readonly int _endNonNull;

    public RangeFrameKeys(Vector keys, int start, int count, bool ascending)
    {
        _keyType = keys.Type;
        _ascending = ascending;
        _isNull = new bool[count];
        switch (Domain(_keyType))
        {
            case 'd': _decimals = new decimal[count]; break;
            case 'f': _doubles = new double[count]; break;
            case 't': _micros = new long[count]; break;
            default:
                throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"Window frame of type RANGE PRECEDING or FOLLOWING requires that sort item type be numeric, datetime or interval (actual: {_keyType.Name})");
        }
        _firstNonNull = count;
        _endNonNull = 0;
        for (int i = 0; i < count; i++)
        {
            object? value = keys.GetObject(start + i);
            if (value is null)
            {
                _isNull[i] = true;
                continue;
            }
            _firstNonNull = Math.Min(_firstNonNull, i);
            _endNonNull = i + 1;
            if (_decimals is not null)
            {
                _decimals[i] = ToDecimal(_keyType, value);
            }
            else if (_doubles is not null)
            {
                _doubles[i] = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                _micros![i] = _keyType.Kind == TypeKind.Date ? (int)value * MicrosPerDay : (long)value;
            }
        }
    }

    /// <summary>'d' for exact numbers, 'f' for floating point, 't' for dates and timestamps, '?' for anything else.</summary>
    public static char Domain(SqlType type) => type.Kind switch
    {
        TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt or TypeKind.Decimal => 'd',
        TypeKind.Real or TypeKind.Double => 'f',
        TypeKind.Date or TypeKind.Timestamp => 't',
        _ => '?',
    };

    /// <summary>The partition index of a frame bound: the first row for a start bound, one past the last row for an end bound.</summary>
    public int Bound(int row, Vector offsets, int offsetRow, bool preceding, bool isStart, int[] peerStart, int[] peerEnd)
    {
        if (_isNull[row])
        {
            return isStart ? peerStart[row] : peerEnd[row];
        }
        object? offset = offsets.GetObject(offsetRow);
        if (offset is null || IsNegative(offsets.Type, offset))
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, "Window frame offset value must not be negative or null");
        }
        // In sort order, PRECEDING rows come before the current row: smaller keys when ascending, larger when descending.
        bool subtract = preceding == _ascending;
        int lo = _firstNonNull;
        int hi = _endNonNull;
        // Start bound: the first row not before the target; end bound: the first row after it.
        while (lo < hi)
        {
            int middle = (lo + hi) >>> 1;
            int order = CompareToTarget(middle, row, offsets.Type, offset, subtract);
            if (order < 0 || (!isStart && order == 0))
            {
                lo = middle + 1;
            }
            else
            {
                hi = middle;
            }
        }
        return lo;
    }

    /// <summary>Compares row <paramref name="candidate"/>'s key with the current row's key moved by the offset, in sort
    /// order: negative when the candidate sorts before that target.</summary>
    private int CompareToTarget(int candidate, int row, SqlType offsetType, object offset, bool subtract)
    {
        int order;
        if (_decimals is not null)
        {
            decimal step = ToDecimal(offsetType, offset);
            order = _decimals[candidate].CompareTo(subtract ? _decimals[row] - step : _decimals[row] + step);
        }
        else if (_doubles is not null)
        {
            double step = Convert.ToDouble(offsetType is DecimalType ? ToDecimal(offsetType, offset) : offset, System.Globalization.CultureInfo.InvariantCulture);
            order = _doubles[candidate].CompareTo(subtract ? _doubles[row] - step : _doubles[row] + step);
        }
        else
        {
            order = _micros![candidate].CompareTo(MoveMicros(_micros[row], offsetType, offset, subtract));
        }
        return _ascending ? order : -order;
    }

    private long MoveMicros(long micros, SqlType offsetType, object offset, bool subtract)
    {
        long amount = (long)offset;
        if (offsetType.Kind == TypeKind.IntervalYearToMonth)
        {
            long days = Math.DivRem(micros, MicrosPerDay, out long remainder);
            if (remainder < 0)
            {
                days--;
                remainder += MicrosPerDay;
            }
            DateTime date = DateTime.UnixEpoch.AddDays(days).AddMonths((int)(subtract ? -amount : amount));
            return (long)(date - DateTime.UnixEpoch).TotalDays * MicrosPerDay + remainder;
        }
        long step = amount * 1000;    // interval day to second: milliseconds
        return subtract ? micros - step : micros + step;
    }

    private static bool IsNegative(SqlType type, object offset) => type switch
    {
        DecimalType decimalType => ToDecimal(decimalType, offset) < 0,
        _ => Convert.ToDouble(offset, System.Globalization.CultureInfo.InvariantCulture) < 0,
    };

    private static decimal ToDecimal(SqlType type, object value)
    {
        if (type is not DecimalType decimalType)
        {
            return Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        BigInteger unscaled = value is Int128 wide ? (BigInteger)wide : (long)value;
        return (decimal)unscaled / (decimal)BigInteger.Pow(10, decimalType.Scale);
    }
}
