using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Builds the page vectors of generated values. Each call allocates the vector's own arrays (pages are immutable
/// and may outlive the generator); nothing else.</summary>
internal static class TpchVectors
{
    /// <summary>How many rows ahead <see cref="PoolText"/> prefetches.</summary>
    private const int PrefetchDistance = 16;

    public static Vector Longs(ReadOnlySpan<long> values)
        => new FlatVector<long>(SqlType.BigInt, values.ToArray());

    public static Vector Ints(ReadOnlySpan<int> values)
        => new FlatVector<int>(SqlType.Integer, values.ToArray());

    /// <summary>A date column from day numbers (days since 1992-01-01).</summary>
    public static Vector Dates(ReadOnlySpan<int> days)
    {
        var values = new int[days.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = TpchDates.EpochDayOfStart + days[i];
        }
        return new FlatVector<int>(SqlType.Date, values);
    }

    /// <summary>A money column from cents: double (cents / 100) or decimal(12,2) (the cents).</summary>
    public static Vector Money(ReadOnlySpan<long> cents, SqlType type)
    {
        if (type.Physical == PhysicalType.Float64)
        {
            var values = new double[cents.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = cents[i] / 100.0;
            }
            return new FlatVector<double>(type, values);
        }
        return new FlatVector<long>(type, cents.ToArray());
    }

    /// <summary>A money column from small cent amounts (discount, tax, acctbal...).</summary>
    public static Vector Money(ReadOnlySpan<int> cents, SqlType type)
    {
        if (type.Physical == PhysicalType.Float64)
        {
            var values = new double[cents.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = cents[i] / 100.0;
            }
            return new FlatVector<double>(type, values);
        }
        var unscaled = new long[cents.Length];
        for (int i = 0; i < unscaled.Length; i++)
        {
            unscaled[i] = cents[i];
        }
        return new FlatVector<long>(type, unscaled);
    }

    /// <summary>l_quantity from whole units: double (17.0) or decimal(12,2) (1700).</summary>
    public static Vector Quantity(ReadOnlySpan<int> quantities, SqlType type)
    {
        if (type.Physical == PhysicalType.Float64)
        {
            var values = new double[quantities.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = quantities[i];
            }
            return new FlatVector<double>(type, values);
        }
        var unscaled = new long[quantities.Length];
        for (int i = 0; i < unscaled.Length; i++)
        {
            unscaled[i] = quantities[i] * 100L;
        }
        return new FlatVector<long>(type, unscaled);
    }

    /// <summary>A text column of slices of the text pool.</summary>
    public static BytesVector PoolText(SqlType type, ReadOnlySpan<int> poolOffsets, ReadOnlySpan<int> lengths, long totalLength)
    {
        byte[] pool = TpchTextPool.Bytes;
        var data = new byte[totalLength];
        var offsets = new int[lengths.Length + 1];
        int written = 0;
        int count = lengths.Length;
        for (int i = 0; i < count; i++)
        {
            // Start loading a slice a few rows ahead so that several cache and TLB misses overlap (TpchTextPool.Prefetch).
            if (i + PrefetchDistance < count)
            {
                TpchTextPool.Prefetch(pool, poolOffsets[i + PrefetchDistance]);
            }
            int length = lengths[i];
            Buffer.BlockCopy(pool, poolOffsets[i], data, written, length);
            written += length;
            offsets[i + 1] = written;
        }
        return new BytesVector(type, data, offsets, null, lengths.Length);
    }

    /// <summary>A text column of entries of a distribution, by index.</summary>
    public static BytesVector Pick(SqlType type, TpchDistribution distribution, ReadOnlySpan<int> indexes)
    {
        byte[][] values = distribution.Utf8;
        int total = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            total += values[indexes[i]].Length;
        }
        var data = new byte[total];
        var offsets = new int[indexes.Length + 1];
        int written = 0;
        for (int i = 0; i < indexes.Length; i++)
        {
            byte[] value = values[indexes[i]];
            value.CopyTo(data.AsSpan(written));
            written += value.Length;
            offsets[i + 1] = written;
        }
        return new BytesVector(type, data, offsets, null, indexes.Length);
    }

    /// <summary>A text column of single ASCII characters.</summary>
    public static BytesVector Chars(SqlType type, ReadOnlySpan<byte> chars)
    {
        var offsets = new int[chars.Length + 1];
        for (int i = 0; i < offsets.Length; i++)
        {
            offsets[i] = i;
        }
        return new BytesVector(type, chars.ToArray(), offsets, null, chars.Length);
    }
}
