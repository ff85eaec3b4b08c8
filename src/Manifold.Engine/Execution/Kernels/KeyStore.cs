using Manifold.Engine.Execution.Expressions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>Append-only storage of one key column of a hash table, with typed equality against input rows.</summary>
/// <remarks>Grouping semantics: NULL equals NULL, NaN equals NaN, -0.0 equals 0.0. Inputs must be flat (no constant or
/// dictionary wrapping).</remarks>
internal abstract class KeyStore
{
    public abstract int Count { get; }

    public abstract long EstimatedBytes { get; }

    /// <summary>Appends row <paramref name="row"/> of <paramref name="input"/>.</summary>
    public abstract void Append(Vector input, int row);

    /// <summary>Whether stored key <paramref name="index"/> equals row <paramref name="row"/> of <paramref name="input"/>.</summary>
    public abstract bool Equal(int index, Vector input, int row);

    /// <summary>The stored keys as a vector of <paramref name="type"/>.</summary>
    public abstract Vector Build(SqlType type);

    /// <summary>A store suited to the type's physical layout.</summary>
    public static KeyStore Create(SqlType type) => type.Physical switch
    {
        PhysicalType.Int64 => new FlatKeyStore<long>(),
        PhysicalType.Int32 => new FlatKeyStore<int>(),
        PhysicalType.Int16 => new FlatKeyStore<short>(),
        PhysicalType.Int8 => new FlatKeyStore<sbyte>(),
        PhysicalType.Boolean => new FlatKeyStore<bool>(),
        PhysicalType.Int128 => new FlatKeyStore<Int128>(),
        PhysicalType.Float64 => new DoubleKeyStore(),
        PhysicalType.Float32 => new FloatKeyStore(),
        PhysicalType.TimestampWithZone => new FlatKeyStore<TimestampWithZone>(),
        PhysicalType.Bytes => new BytesKeyStore(),
        _ => new ObjectKeyStore(),
    };
}

internal class FlatKeyStore<T> : KeyStore
    where T : unmanaged, IEquatable<T>
{
    protected T[] _values = new T[64];
    protected bool[] _nulls = new bool[64];
    protected int _count;

    public override int Count => _count;

    public override long EstimatedBytes => _values.Length * (System.Runtime.CompilerServices.Unsafe.SizeOf<T>() + 1L);

    public override void Append(Vector input, int row)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _count * 2);
            Array.Resize(ref _nulls, _count * 2);
        }
        var flat = (FlatVector<T>)input;
        bool isNull = flat.IsNull(row);
        _nulls[_count] = isNull;
        _values[_count++] = isNull ? default : flat.Values[row];
    }

    public override bool Equal(int index, Vector input, int row)
    {
        var flat = (FlatVector<T>)input;
        bool isNull = flat.IsNull(row);
        return isNull ? _nulls[index] : !_nulls[index] && ValueEquals(_values[index], flat.Values[row]);
    }

    protected virtual bool ValueEquals(T stored, T value) => stored.Equals(value);

    public override Vector Build(SqlType type)
    {
        ulong[]? nulls = null;
        for (int i = 0; i < _count; i++)
        {
            if (_nulls[i])
            {
                nulls ??= Bitmap.Allocate(_count);
                Bitmap.Set(nulls, i);
            }
        }
        return new FlatVector<T>(type, _values, nulls, _count);
    }
}

internal sealed class DoubleKeyStore : FlatKeyStore<double>
{
    protected override bool ValueEquals(double stored, double value) => stored == value || (double.IsNaN(stored) && double.IsNaN(value));
}

internal sealed class FloatKeyStore : FlatKeyStore<float>
{
    protected override bool ValueEquals(float stored, float value) => stored == value || (float.IsNaN(stored) && float.IsNaN(value));
}

internal sealed class BytesKeyStore : KeyStore
{
    private byte[] _data = new byte[1024];
    private int[] _offsets = new int[65];
    private bool[] _nulls = new bool[64];
    private int _count;

    public override int Count => _count;

    public override long EstimatedBytes => _data.Length + _offsets.Length * 4L + _nulls.Length;

    public override void Append(Vector input, int row)
    {
        var bytes = (BytesVector)input;
        if (_count == _nulls.Length)
        {
            Array.Resize(ref _nulls, _nulls.Length * 2);
            Array.Resize(ref _offsets, _nulls.Length + 1);
        }
        bool isNull = bytes.IsNull(row);
        ReadOnlySpan<byte> value = isNull ? default : bytes.GetBytes(row);
        int start = _offsets[_count];
        if (start + value.Length > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, start + value.Length));
        }
        value.CopyTo(_data.AsSpan(start));
        _nulls[_count] = isNull;
        _offsets[++_count] = start + value.Length;
    }

    public override bool Equal(int index, Vector input, int row)
    {
        var bytes = (BytesVector)input;
        if (bytes.IsNull(row))
        {
            return _nulls[index];
        }
        return !_nulls[index] && bytes.GetBytes(row).SequenceEqual(_data.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]));
    }

    public override Vector Build(SqlType type)
    {
        ulong[]? nulls = null;
        for (int i = 0; i < _count; i++)
        {
            if (_nulls[i])
            {
                nulls ??= Bitmap.Allocate(_count);
                Bitmap.Set(nulls, i);
            }
        }
        return new BytesVector(type, _data, _offsets, nulls, _count);
    }
}

internal sealed class ObjectKeyStore : KeyStore
{
    private readonly List<object?> _values = [];

    public override int Count => _values.Count;

    public override long EstimatedBytes => _values.Count * 64L;

    public override void Append(Vector input, int row) => _values.Add(input.GetObject(row));

    public override bool Equal(int index, Vector input, int row)
    {
        object? value = input.GetObject(row);
        object? stored = _values[index];
        return stored is null ? value is null : value is not null && ValueEquality.AreIdentical(stored, value);
    }

    public override Vector Build(SqlType type)
    {
        VectorBuilder builder = VectorBuilder.Create(type, _values.Count);
        foreach (object? value in _values)
        {
            builder.AppendObject(value);
        }
        return builder.Build();
    }
}
