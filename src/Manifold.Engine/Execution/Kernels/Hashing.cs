using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>The one hash function joins, aggregation and DISTINCT share: per-value 64-bit hashes combined column by column.</summary>
/// <remarks>Equal values hash equally under SQL grouping semantics: -0.0 and 0.0 hash alike, every NaN hashes alike, and
/// a timestamp with time zone hashes by its instant.</remarks>
internal static class Hashing
{
    private const ulong NullHash = 0x9E3779B97F4A7C15UL;

    /// <summary>A well-mixed hash of a 64-bit value (Murmur3's finalizer).</summary>
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

    /// <summary>Combines a running row hash with a column value's hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong seed, ulong value) => (seed * 31) + value;

    /// <summary>The hash of a double under grouping equality.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong HashDouble(double value)
    {
        if (value == 0)
        {
            value = 0;
        }
        else if (double.IsNaN(value))
        {
            value = double.NaN;
        }
        return Mix((ulong)BitConverter.DoubleToInt64Bits(value));
    }

    /// <summary>A hash of a byte string (8 bytes at a time).</summary>
    public static ulong HashBytes(ReadOnlySpan<byte> bytes)
    {
        ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = System.Numerics.BitOperations.RotateLeft(hash ^ Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])), 27) * 0x9FB21C651E98DF25UL;
        }
        ulong tail = 0;
        for (int shift = 0; i < bytes.Length; i++, shift += 8)
        {
            tail |= (ulong)bytes[i] << shift;
        }
        return Mix(hash ^ tail);
    }

    /// <summary>Hashes the first <paramref name="count"/> rows of a column into <paramref name="hashes"/>, combining with the
    /// existing values when <paramref name="combine"/>.</summary>
    public static void HashColumn(Vector vector, Span<ulong> hashes, int count, bool combine)
    {
        switch (vector)
        {
            case ConstantVector constant:
            {
                ulong value = constant.IsNullValue ? NullHash : HashValue(constant.Value, 0);
                for (int i = 0; i < count; i++)
                {
                    hashes[i] = combine ? Combine(hashes[i], value) : value;
                }
                return;
            }
            case FlatVector<long> longs:
                HashFlat<long, LongHasher>(longs.Values, longs.Nulls, hashes, count, combine);
                return;
            case FlatVector<int> ints:
                HashFlat<int, IntHasher>(ints.Values, ints.Nulls, hashes, count, combine);
                return;
            case FlatVector<double> doubles:
                HashFlat<double, DoubleHasher>(doubles.Values, doubles.Nulls, hashes, count, combine);
                return;
            case BytesVector bytes:
                for (int i = 0; i < count; i++)
                {
                    ulong value = bytes.IsNull(i) ? NullHash : HashBytes(bytes.GetBytes(i));
                    hashes[i] = combine ? Combine(hashes[i], value) : value;
                }
                return;
            case DictionaryVector:
                HashColumn(vector.Flatten(), hashes, count, combine);
                return;
            default:
                for (int i = 0; i < count; i++)
                {
                    ulong value = vector.IsNull(i) ? NullHash : HashValue(vector, i);
                    hashes[i] = combine ? Combine(hashes[i], value) : value;
                }
                return;
        }
    }

    private interface IValueHasher<T>
    {
        static abstract ulong Hash(T value);
    }

    private readonly struct LongHasher : IValueHasher<long>
    {
        public static ulong Hash(long value) => Mix((ulong)value);
    }

    private readonly struct IntHasher : IValueHasher<int>
    {
        public static ulong Hash(int value) => Mix((ulong)value);
    }

    private readonly struct DoubleHasher : IValueHasher<double>
    {
        public static ulong Hash(double value) => HashDouble(value);
    }

    private static void HashFlat<T, THasher>(T[] values, ulong[]? nulls, Span<ulong> hashes, int count, bool combine)
        where T : unmanaged
        where THasher : struct, IValueHasher<T>
    {
        if (nulls is null && !combine)
        {
            for (int i = 0; i < count; i++)
            {
                hashes[i] = THasher.Hash(values[i]);
            }
            return;
        }
        for (int i = 0; i < count; i++)
        {
            ulong value = nulls is not null && Bitmap.Get(nulls, i) ? NullHash : THasher.Hash(values[i]);
            hashes[i] = combine ? Combine(hashes[i], value) : value;
        }
    }

    /// <summary>The hash of one non-null value of any vector.</summary>
    public static ulong HashValue(Vector vector, int position)
    {
        vector = VectorBuilder.Resolve(vector, ref position);
        switch (vector)
        {
            case FlatVector<long> v: return Mix((ulong)v.Values[position]);
            case FlatVector<int> v: return Mix((ulong)v.Values[position]);
            case FlatVector<short> v: return Mix((ulong)v.Values[position]);
            case FlatVector<sbyte> v: return Mix((ulong)v.Values[position]);
            case FlatVector<bool> v: return Mix(v.Values[position] ? 1UL : 0UL);
            case FlatVector<double> v: return HashDouble(v.Values[position]);
            case FlatVector<float> v: return HashDouble(v.Values[position]);
            case FlatVector<Int128> v: return Mix((ulong)(v.Values[position] >> 64) ^ Mix((ulong)v.Values[position]));
            case FlatVector<TimestampWithZone> v: return Mix((ulong)v.Values[position].EpochMicros);
            case BytesVector v: return HashBytes(v.GetBytes(position));
            case ArrayVector v:
            {
                ulong hash = 17;
                for (int e = v.Offsets[position]; e < v.Offsets[position + 1]; e++)
                {
                    hash = Combine(hash, v.Elements.IsNull(e) ? NullHash : HashValue(v.Elements, e));
                }
                return Mix(hash);
            }
            case MapVector v:
            {
                ulong hash = 19;
                for (int e = v.Offsets[position]; e < v.Offsets[position + 1]; e++)
                {
                    // Order-insensitive: maps with the same entries hash alike.
                    hash += Mix(HashValue(v.Keys, e) ^ (v.Values.IsNull(e) ? NullHash : HashValue(v.Values, e)));
                }
                return Mix(hash);
            }
            case RowVector v:
            {
                ulong hash = 23;
                foreach (Vector field in v.Fields)
                {
                    hash = Combine(hash, field.IsNull(position) ? NullHash : HashValue(field, position));
                }
                return Mix(hash);
            }
            default:
                return NullHash;
        }
    }
}
