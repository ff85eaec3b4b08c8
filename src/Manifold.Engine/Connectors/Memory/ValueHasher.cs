using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Deterministic 64-bit hashes of stored values, for the distinct-count sketches.</summary>
internal static class ValueHasher
{
    private const ulong Prime = 0x9E3779B97F4A7C15UL;

    /// <summary>A well-mixed hash of a 64-bit value (the murmur3 finalizer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= 0xFF51AFD7ED558CCDUL;
        value ^= value >> 33;
        value *= 0xC4CEB9FE1A85EC53UL;
        value ^= value >> 33;
        return value;
    }

    /// <summary>The hash of a fixed-width value; equal SQL values hash equally (0.0 and -0.0; a timestamp's instant).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashFixed<T>(T value)
        where T : unmanaged
    {
        if (typeof(T) == typeof(TimestampWithZone))
        {
            return Mix((ulong)Unsafe.As<T, TimestampWithZone>(ref value).EpochMicros);
        }
        if (typeof(T) == typeof(Int128))
        {
            Int128 wide = Unsafe.As<T, Int128>(ref value);
            return Mix((ulong)wide ^ Mix((ulong)(wide >> 64)));
        }
        if (typeof(T) == typeof(double))
        {
            double d = Unsafe.As<T, double>(ref value);
            return Mix((ulong)BitConverter.DoubleToInt64Bits(d == 0 ? 0 : d));
        }
        if (typeof(T) == typeof(float))
        {
            float f = Unsafe.As<T, float>(ref value);
            return Mix((uint)BitConverter.SingleToInt32Bits(f == 0 ? 0 : f));
        }
        ulong bits = Unsafe.SizeOf<T>() switch
        {
            1 => Unsafe.As<T, byte>(ref value),
            2 => Unsafe.As<T, ushort>(ref value),
            4 => Unsafe.As<T, uint>(ref value),
            _ => Unsafe.As<T, ulong>(ref value),
        };
        return Mix(bits);
    }

    /// <summary>The hash of a byte string.</summary>
    public static ulong HashBytes(ReadOnlySpan<byte> bytes)
    {
        ulong hash = Prime ^ (ulong)bytes.Length;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = (hash ^ Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i)))) * Prime;
            hash = ulong.RotateLeft(hash, 27);
        }
        ulong tail = 0;
        for (int shift = 0; i < bytes.Length; i++, shift += 8)
        {
            tail |= (ulong)bytes[i] << shift;
        }
        return Mix(hash ^ Mix(tail ^ Prime));
    }

    /// <summary>The hash of the value at <paramref name="position"/>, of any type and encoding (slow; for nested values).</summary>
    public static ulong HashAt(Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        if (resolved.IsNull(position))
        {
            return Prime;
        }
        switch (resolved)
        {
            case BytesVector bytes:
                return HashBytes(bytes.GetBytes(position));
            case ArrayVector array:
                {
                    ulong hash = Mix((ulong)array.GetLength(position) + 1);
                    for (int e = array.Offsets[position]; e < array.Offsets[position + 1]; e++)
                    {
                        hash = ulong.RotateLeft(hash, 31) * Prime ^ HashAt(array.Elements, e);
                    }
                    return Mix(hash);
                }
            case MapVector map:
                {
                    ulong hash = Mix((ulong)(map.Offsets[position + 1] - map.Offsets[position]) + 2);
                    for (int e = map.Offsets[position]; e < map.Offsets[position + 1]; e++)
                    {
                        hash = ulong.RotateLeft(hash, 31) * Prime ^ HashAt(map.Keys, e);
                        hash = ulong.RotateLeft(hash, 31) * Prime ^ HashAt(map.Values, e);
                    }
                    return Mix(hash);
                }
            case RowVector row:
                {
                    ulong hash = Prime + 3;
                    for (int f = 0; f < row.Fields.Length; f++)
                    {
                        hash = ulong.RotateLeft(hash, 31) * Prime ^ HashAt(row.Fields[f], position);
                    }
                    return Mix(hash);
                }
        }
        return resolved.Type.Physical switch
        {
            PhysicalType.Boolean => HashFixed(((FlatVector<bool>)resolved).Values[position]),
            PhysicalType.Int8 => HashFixed(((FlatVector<sbyte>)resolved).Values[position]),
            PhysicalType.Int16 => HashFixed(((FlatVector<short>)resolved).Values[position]),
            PhysicalType.Int32 => HashFixed(((FlatVector<int>)resolved).Values[position]),
            PhysicalType.Int64 => HashFixed(((FlatVector<long>)resolved).Values[position]),
            PhysicalType.Float32 => HashFixed(((FlatVector<float>)resolved).Values[position]),
            PhysicalType.Float64 => HashFixed(((FlatVector<double>)resolved).Values[position]),
            PhysicalType.Int128 => HashFixed(((FlatVector<Int128>)resolved).Values[position]),
            PhysicalType.TimestampWithZone => HashFixed(((FlatVector<TimestampWithZone>)resolved).Values[position]),
            PhysicalType.Bytes or PhysicalType.Array or PhysicalType.Map or PhysicalType.Row
                => throw new ArgumentException($"Unexpected vector {resolved.GetType().Name} for {resolved.Type}", nameof(vector)),
        };
    }
}
