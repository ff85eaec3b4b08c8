using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>Orders rows of one set of flat columns by several sort keys (ORDER BY, window ordering, top-N).</summary>
/// <remarks>Trino's order: NULLs first or last as asked; NaN is greater than every other double; text in code point order.</remarks>
internal sealed class RowComparer : IComparer<int>
{
    private readonly ColumnComparer[] _columns;

    public RowComparer(IReadOnlyList<Vector> columns, IReadOnlyList<(int Channel, bool Ascending, bool NullsFirst)> keys)
    {
        _columns = keys.Select(k => ColumnComparer.Create(columns[k.Channel].Flatten(), k.Ascending, k.NullsFirst)).ToArray();
    }

    public int Compare(int left, int right)
    {
        foreach (ColumnComparer column in _columns)
        {
            int result = column.Compare(left, right);
            if (result != 0)
            {
                return result;
            }
        }
        return 0;
    }
}

/// <summary>Compares two rows of one flat column.</summary>
internal abstract class ColumnComparer
{
    public abstract int Compare(int left, int right);

    public static ColumnComparer Create(Vector column, bool ascending, bool nullsFirst) => column switch
    {
        FlatVector<long> v => new Flat<long>(v, ascending, nullsFirst),
        FlatVector<int> v => new Flat<int>(v, ascending, nullsFirst),
        FlatVector<short> v => new Flat<short>(v, ascending, nullsFirst),
        FlatVector<sbyte> v => new Flat<sbyte>(v, ascending, nullsFirst),
        FlatVector<bool> v => new Flat<bool>(v, ascending, nullsFirst),
        FlatVector<Int128> v => new Flat<Int128>(v, ascending, nullsFirst),
        FlatVector<double> v => new Doubles(v, ascending, nullsFirst),
        FlatVector<float> v => new Floats(v, ascending, nullsFirst),
        FlatVector<TimestampWithZone> v => new Flat<TimestampWithZone>(v, ascending, nullsFirst),
        BytesVector v => new Bytes(v, ascending, nullsFirst),
        _ => new Objects(column, ascending, nullsFirst),
    };

    /// <summary>Orders two boxed values of one type (slow path: nested types, values compared outside vectors).</summary>
    public static int CompareValues(object? left, object? right)
    {
        switch (left, right)
        {
            case (null, null):
                return 0;
            case (null, _):
                return 1;
            case (_, null):
                return -1;
            case (double a, double b):
                return CompareDoubles(a, b);
            case (float a, float b):
                return CompareDoubles(a, b);
            case (string a, string b):
                return ContainsSurrogates(a, b) ? CompareCodePoints(a, b) : Math.Sign(string.CompareOrdinal(a, b));
            case (byte[] a, byte[] b):
                return a.AsSpan().SequenceCompareTo(b);
            case (object?[] a, object?[] b):
                for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
                {
                    int c = CompareValues(a[i], b[i]);
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return a.Length.CompareTo(b.Length);
            case (IComparable a, _):
                return a.CompareTo(right);
            default:
                return 0;
        }
    }

    /// <summary>Trino's double order: NaN above everything, -0.0 equal to 0.0.</summary>
    public static int CompareDoubles(double a, double b)
    {
        if (a < b)
        {
            return -1;
        }
        if (a > b)
        {
            return 1;
        }
        bool aNaN = double.IsNaN(a);
        bool bNaN = double.IsNaN(b);
        return aNaN == bNaN ? 0 : aNaN ? 1 : -1;
    }

    private static bool ContainsSurrogates(string a, string b)
    {
        foreach (char c in a)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }
        foreach (char c in b)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int CompareCodePoints(string a, string b)
    {
        var x = a.EnumerateRunes();
        var y = b.EnumerateRunes();
        while (true)
        {
            bool hasX = x.MoveNext();
            bool hasY = y.MoveNext();
            if (!hasX || !hasY)
            {
                return hasX == hasY ? 0 : hasX ? 1 : -1;
            }
            int c = x.Current.Value.CompareTo(y.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }

    private abstract class Base(Vector column, bool ascending, bool nullsFirst) : ColumnComparer
    {
        private readonly bool _mayHaveNulls = column.MayHaveNulls;

        public sealed override int Compare(int left, int right)
        {
            if (_mayHaveNulls)
            {
                bool leftNull = column.IsNull(left);
                bool rightNull = column.IsNull(right);
                if (leftNull || rightNull)
                {
                    if (leftNull && rightNull)
                    {
                        return 0;
                    }
                    return leftNull == nullsFirst ? -1 : 1;
                }
            }
            int result = CompareValues(left, right);
            return ascending ? result : -result;
        }

        protected abstract int CompareValues(int left, int right);
    }

    private sealed class Flat<T>(FlatVector<T> column, bool ascending, bool nullsFirst) : Base(column, ascending, nullsFirst)
        where T : unmanaged, IComparable<T>
    {
        private readonly T[] _values = column.Values;

        protected override int CompareValues(int left, int right) => _values[left].CompareTo(_values[right]);
    }

    private sealed class Doubles(FlatVector<double> column, bool ascending, bool nullsFirst) : Base(column, ascending, nullsFirst)
    {
        private readonly double[] _values = column.Values;

        protected override int CompareValues(int left, int right) => CompareDoubles(_values[left], _values[right]);
    }

    private sealed class Floats(FlatVector<float> column, bool ascending, bool nullsFirst) : Base(column, ascending, nullsFirst)
    {
        private readonly float[] _values = column.Values;

        protected override int CompareValues(int left, int right) => CompareDoubles(_values[left], _values[right]);
    }

    private sealed class Bytes(BytesVector column, bool ascending, bool nullsFirst) : Base(column, ascending, nullsFirst)
    {
        private readonly BytesVector _values = column;

        protected override int CompareValues(int left, int right) => _values.GetBytes(left).SequenceCompareTo(_values.GetBytes(right));
    }

    private sealed class Objects(Vector column, bool ascending, bool nullsFirst) : Base(column, ascending, nullsFirst)
    {
        private readonly Vector _values = column;

        protected override int CompareValues(int left, int right) => ColumnComparer.CompareValues(_values.GetObject(left), _values.GetObject(right));
    }
}
