using System.Numerics;
using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds a <see cref="FlatVector{T}"/>.</summary>
public sealed class FlatVectorBuilder<T> : VectorBuilder
    where T : unmanaged
{
    private T[] _values;
    private ulong[]? _nulls;
    private int _count;

    /// <summary>Creates a builder with an initial capacity.</summary>
    public FlatVectorBuilder(SqlType type, int capacity)
        : base(type) => _values = new T[Math.Max(capacity, 1)];

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>Appends a value.</summary>
    public void Append(T value)
    {
        if (_count == _values.Length)
        {
            Grow();
        }
        _values[_count++] = value;
    }

    /// <inheritdoc />
    public override void AppendNull()
    {
        if (_count == _values.Length)
        {
            Grow();
        }
        _nulls ??= new ulong[Bitmap.WordCount(_values.Length)];
        Bitmap.Set(_nulls, _count);
        _values[_count++] = default;
    }

    /// <inheritdoc />
    public override void AppendObject(object? value)
    {
        if (value is null)
        {
            AppendNull();
        }
        else
        {
            Append(Convert(value));
        }
    }

    /// <inheritdoc />
    public override void AppendFrom(Vector source, int position)
    {
        Vector resolved = Resolve(source, ref position);
        var flat = (FlatVector<T>)resolved;
        if (flat.IsNull(position))
        {
            AppendNull();
        }
        else
        {
            Append(flat.Values[position]);
        }
    }

    /// <inheritdoc />
    public override void AppendRange(Vector source, int offset, int length)
    {
        if (source is not FlatVector<T> flat)
        {
            base.AppendRange(source, offset, length);
            return;
        }
        while (_count + length > _values.Length)
        {
            Grow();
        }
        Array.Copy(flat.Values, offset, _values, _count, length);
        if (flat.Nulls is not null)
        {
            for (int i = 0; i < length; i++)
            {
                if (Bitmap.Get(flat.Nulls, offset + i))
                {
                    _nulls ??= new ulong[Bitmap.WordCount(_values.Length)];
                    Bitmap.Set(_nulls, _count + i);
                }
            }
        }
        _count += length;
    }

    /// <inheritdoc />
    public override Vector Build() => new FlatVector<T>(Type, _values, _nulls, _count);

    private void Grow()
    {
        int capacity = Math.Max(_values.Length * 2, 16);
        Array.Resize(ref _values, capacity);
        if (_nulls is not null)
        {
            Array.Resize(ref _nulls, Bitmap.WordCount(capacity));
        }
    }

    private static T Convert(object value)
    {
        if (value is T direct)
        {
            return direct;
        }
        object converted = typeof(T) switch
        {
            var t when t == typeof(Int128) => value switch
            {
                long l => (Int128)l,
                int i => (Int128)i,
                UInt128 u => (Int128)u,
                BigInteger b => (Int128)b,
                _ => throw new InvalidCastException($"Cannot store {value.GetType().Name} in an Int128 vector"),
            },
            var t when t == typeof(TimestampWithZone) => throw new InvalidCastException($"Cannot store {value.GetType().Name} in a timestamp with time zone vector"),
            _ => System.Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
        return (T)converted;
    }
}
