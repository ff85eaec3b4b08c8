using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A deterministic 64-bit hash of physical values (the same in every process and run), for approx_distinct.
/// Values that SQL treats as equal hash equally: 0.0 and -0.0, every NaN, timestamps with time zone by instant.</summary>
internal static class ValueHasher
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;

    /// <summary>The murmur3 64-bit finalizer over a multiplied input: every input bit affects every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(long value)
    {
        ulong h = (ulong)value * Prime1;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(double value)
    {
        if (value == 0)
        {
            value = 0; // -0.0 equals 0.0
        }
        else if (double.IsNaN(value))
        {
            value = double.NaN;
        }
        return Hash(BitConverter.DoubleToInt64Bits(value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(Int128 value) => Hash((long)(ulong)value ^ (long)Hash((long)(value >> 64)));

    /// <summary>Hashes bytes 8 at a time with multiply-rotate rounds, then the length, then the finalizer.</summary>
    public static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        ulong h = Prime3 ^ ((ulong)bytes.Length * Prime1);
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            ulong k = BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]);
            h ^= BitOperations.RotateLeft(k * Prime2, 31) * Prime1;
            h = BitOperations.RotateLeft(h, 27) * Prime1 + Prime3;
        }
        if (i < bytes.Length)
        {
            ulong k = 0;
            for (int shift = 0; i < bytes.Length; i++, shift += 8)
            {
                k |= (ulong)bytes[i] << shift;
            }
            h ^= BitOperations.RotateLeft(k * Prime2, 31) * Prime1;
            h = BitOperations.RotateLeft(h, 27) * Prime1 + Prime3;
        }
        return Hash((long)h);
    }

    /// <summary>The hash of a non-null value of any type, read from a vector of any encoding (slow path).</summary>
    public static ulong Hash(Vector vector, int position)
    {
        vector = VectorBuilder.Resolve(vector, ref position);
        if (vector.IsNull(position))
        {
            return 0x2545F4914F6CDD1DUL;
        }
        switch (vector.Type.Physical)
        {
            case PhysicalType.Boolean:
                return Hash(((FlatVector<bool>)vector).Values[position] ? 1L : 0L);
            case PhysicalType.Int8:
                return Hash(((FlatVector<sbyte>)vector).Values[position]);
            case PhysicalType.Int16:
                return Hash(((FlatVector<short>)vector).Values[position]);
            case PhysicalType.Int32:
                return Hash(((FlatVector<int>)vector).Values[position]);
            case PhysicalType.Int64:
                return Hash(((FlatVector<long>)vector).Values[position]);
            case PhysicalType.Float32:
                return Hash((double)((FlatVector<float>)vector).Values[position]);
            case PhysicalType.Float64:
                return Hash(((FlatVector<double>)vector).Values[position]);
            case PhysicalType.Int128:
                return Hash(((FlatVector<Int128>)vector).Values[position]);
            case PhysicalType.TimestampWithZone:
                return Hash(((FlatVector<TimestampWithZone>)vector).Values[position].EpochMicros);
            case PhysicalType.Bytes:
                return Hash(((BytesVector)vector).GetBytes(position));
            case PhysicalType.Array:
                {
                    var array = (ArrayVector)vector;
                    ulong h = Hash(array.GetLength(position));
                    for (int e = array.Offsets[position]; e < array.Offsets[position + 1]; e++)
                    {
                        h = Combine(h, Hash(array.Elements, e));
                    }
                    return h;
                }
            case PhysicalType.Map:
                {
                    var map = (MapVector)vector;
                    ulong h = 0;
                    for (int e = map.Offsets[position]; e < map.Offsets[position + 1]; e++)
                    {
                        h += Combine(Hash(map.Keys, e), Hash(map.Values, e)); // order-independent
                    }
                    return Hash((long)h);
                }
            case PhysicalType.Row:
                {
                    var row = (RowVector)vector;
                    ulong h = Prime2;
                    foreach (Vector field in row.Fields)
                    {
                        h = Combine(h, Hash(field, position));
                    }
                    return h;
                }
        }
        throw new InvalidOperationException($"Unknown physical type {vector.Type.Physical}");
    }

    private static ulong Combine(ulong seed, ulong value) => Hash((long)(BitOperations.RotateLeft(seed, 23) * Prime1 ^ value));
}
