using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>approx_distinct(x [, e]): a HyperLogLog sketch per group over <see cref="ValueHasher"/> hashes.</summary>
/// <remarks>
/// The register count follows Trino: the power of two at or above 1.0816 / e² (2048 for the default e = 0.023), and
/// e must lie in [0.0040625, 0.26]. A group starts sparse (an exact set of 32-bit hash prefixes, so small counts are
/// exact) and turns dense (one byte register per bucket) past buckets/8 values. Dense sketches are estimated with
/// Ertl's improved raw estimator, which needs no bias tables. Nulls are ignored; an empty group gives 0.
/// </remarks>
internal sealed class ApproxDistinctAccumulator(SqlType type, double defaultStandardError) : IGroupedAccumulator
{
    public const double DefaultStandardError = 0.023;
    public const double MinStandardError = 0.0040625;
    public const double MaxStandardError = 0.26;

    private int _indexBits;
    private uint[]?[] _sparse = [];
    private int[] _sparseCounts = [];
    private byte[]?[] _dense = [];
    private long _sketchBytes;

    public long EstimatedBytes => 64 + _sparse.Length * 20L + _sketchBytes;

    /// <summary>log2 of the register count for a maximum standard error, or an INVALID_FUNCTION_ARGUMENT error.</summary>
    public static int IndexBitsFor(double standardError)
    {
        if (!(standardError >= MinStandardError && standardError <= MaxStandardError))
        {
            AggregateErrors.InvalidArgument($"Max standard error must be in [{MinStandardError}, {MaxStandardError}]: {standardError}");
        }
        int buckets = (int)Math.Ceiling(1.0816 / (standardError * standardError));
        return BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)buckets));
    }

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sparse, groupCount);
        GroupArrays.Grow(ref _sparseCounts, groupCount);
        GroupArrays.Grow(ref _dense, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        if (rowCount == 0)
        {
            return;
        }
        if (_indexBits == 0)
        {
            double error = defaultStandardError;
            if (arguments.Count > 1 && !arguments[1].IsNull(0))
            {
                error = FixedColumn<double>.Of(arguments[1]).Get(0);
            }
            _indexBits = IndexBitsFor(error);
        }
        Vector vector = arguments[0];
        switch (type.Physical)
        {
            case PhysicalType.Int8:
                AddIntegers<sbyte>(groupIds, vector, rowCount);
                break;
            case PhysicalType.Int16:
                AddIntegers<short>(groupIds, vector, rowCount);
                break;
            case PhysicalType.Int32:
                AddIntegers<int>(groupIds, vector, rowCount);
                break;
            case PhysicalType.Int64:
                AddIntegers<long>(groupIds, vector, rowCount);
                break;
            case PhysicalType.Float64:
                {
                    var column = FixedColumn<double>.Of(vector);
                    for (int i = 0; i < rowCount; i++)
                    {
                        if (!column.IsNull(i))
                        {
                            AddHash(groupIds[i], ValueHasher.Hash(column.Get(i)));
                        }
                    }
                    break;
                }
            case PhysicalType.Bytes:
                {
                    var column = BytesColumn.Of(vector);
                    for (int i = 0; i < rowCount; i++)
                    {
                        if (!column.IsNull(i))
                        {
                            AddHash(groupIds[i], ValueHasher.Hash(column.Get(i)));
                        }
                    }
                    break;
                }
            default:
                for (int i = 0; i < rowCount; i++)
                {
                    if (!vector.IsNull(i))
                    {
                        AddHash(groupIds[i], ValueHasher.Hash(vector, i));
                    }
                }
                break;
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (ApproxDistinctAccumulator)other;
        if (source._indexBits == 0)
        {
            return; // never saw a row
        }
        if (_indexBits == 0)
        {
            _indexBits = source._indexBits;
        }
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._sparse.Length; g++)
        {
            int target = groupMapping[g];
            if (source._dense[g] is { } registers)
            {
                byte[] mine = ToDense(target);
                for (int r = 0; r < mine.Length; r++)
                {
                    mine[r] = Math.Max(mine[r], registers[r]);
                }
            }
            else if (source._sparse[g] is { } table)
            {
                for (int s = 0; s < table.Length; s++)
                {
                    if (table[s] != 0)
                    {
                        AddPrefix(target, table[s]);
                    }
                }
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        long estimate = 0;
        if (groupId < _dense.Length && _dense[groupId] is { } registers)
        {
            estimate = (long)Math.Round(EstimateDense(registers, 64 - _indexBits));
        }
        else if (groupId < _sparseCounts.Length)
        {
            estimate = _sparseCounts[groupId];
        }
        ((FlatVectorBuilder<long>)output).Append(estimate);
    }

    private void AddIntegers<T>(ReadOnlySpan<int> groupIds, Vector vector, int rowCount)
        where T : unmanaged, IBinaryInteger<T>
    {
        var column = FixedColumn<T>.Of(vector);
        for (int i = 0; i < rowCount; i++)
        {
            if (!column.IsNull(i))
            {
                AddHash(groupIds[i], ValueHasher.Hash(long.CreateTruncating(column.Get(i))));
            }
        }
    }

    private void AddHash(int group, ulong hash)
    {
        if (_dense[group] is { } registers)
        {
            SetRegister(registers, hash);
        }
        else
        {
            AddPrefix(group, (uint)(hash >> 32));
        }
    }

    private void SetRegister(byte[] registers, ulong hash)
    {
        int index = (int)(hash >> (64 - _indexBits));
        int rank = Math.Min(BitOperations.LeadingZeroCount(hash << _indexBits) + 1, 64 - _indexBits + 1);
        if (rank > registers[index])
        {
            registers[index] = (byte)rank;
        }
    }

    /// <summary>Adds a 32-bit hash prefix to the group: to its sparse set while small, else to its registers.</summary>
    private void AddPrefix(int group, uint prefix)
    {
        if (_dense[group] is { } registers)
        {
            SetRegister(registers, (ulong)prefix << 32);
            return;
        }
        prefix = prefix == 0 ? 1 : prefix; // 0 marks an empty slot
        uint[]? table = _sparse[group];
        if (table is null)
        {
            table = new uint[8];
            _sparse[group] = table;
            _sketchBytes += table.Length * 4L + 24;
        }
        int mask = table.Length - 1;
        for (int slot = (int)(prefix * 0x9E3779B1u >> 8) & mask; ; slot = (slot + 1) & mask)
        {
            if (table[slot] == prefix)
            {
                return;
            }
            if (table[slot] == 0)
            {
                table[slot] = prefix;
                break;
            }
        }
        int count = ++_sparseCounts[group];
        if (count > (1 << _indexBits) / 8)
        {
            ToDense(group);
        }
        else if (count * 2 > table.Length)
        {
            GrowSparse(group, table);
        }
    }

    private void GrowSparse(int group, uint[] table)
    {
        var grown = new uint[table.Length * 2];
        int mask = grown.Length - 1;
        foreach (uint prefix in table)
        {
            if (prefix == 0)
            {
                continue;
            }
            int slot = (int)(prefix * 0x9E3779B1u >> 8) & mask;
            while (grown[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            grown[slot] = prefix;
        }
        _sparse[group] = grown;
        _sketchBytes += (grown.Length - table.Length) * 4L;
    }

    private byte[] ToDense(int group)
    {
        if (_dense[group] is { } existing)
        {
            return existing;
        }
        var registers = new byte[1 << _indexBits];
        _dense[group] = registers;
        _sketchBytes += registers.Length + 24;
        if (_sparse[group] is { } table)
        {
            foreach (uint prefix in table)
            {
                if (prefix != 0)
                {
                    SetRegister(registers, (ulong)prefix << 32);
                }
            }
            _sketchBytes -= table.Length * 4L + 24;
            _sparse[group] = null;
        }
        return registers;
    }

    /// <summary>Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017).</summary>
    private static double EstimateDense(byte[] registers, int maxRank)
    {
        int m = registers.Length;
        Span<int> histogram = stackalloc int[maxRank + 2];
        foreach (byte register in registers)
        {
            histogram[register]++;
        }
        double z = m * Tau(1.0 - (double)histogram[maxRank + 1] / m);
        for (int k = maxRank; k >= 1; k--)
        {
            z = 0.5 * (z + histogram[k]);
        }
        z += m * Sigma((double)histogram[0] / m);
        return m / (2 * Math.Log(2)) * m / z;
    }

    private static double Sigma(double x)
    {
        if (x == 1)
        {
            return double.PositiveInfinity;
        }
        double y = 1;
        double z = x;
        while (true)
        {
            x *= x;
            double previous = z;
            z += x * y;
            y += y;
            if (previous == z)
            {
                return z;
            }
        }
    }

    private static double Tau(double x)
    {
        if (x == 0 || x == 1)
        {
            return 0;
        }
        double y = 1;
        double z = 1 - x;
        while (true)
        {
            x = Math.Sqrt(x);
            double previous = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
            if (previous == z)
            {
                return z / 3;
            }
        }
    }
}
