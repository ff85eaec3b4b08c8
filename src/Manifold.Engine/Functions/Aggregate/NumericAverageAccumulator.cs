using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>avg over integral, real, double and interval inputs: a double sum and a count per group, as Trino keeps them.</summary>
internal sealed class NumericAverageAccumulator<TIn>(AverageOutput outputKind) : IGroupedAccumulator
    where TIn : unmanaged, INumberBase<TIn>
{
    private double[] _sums = [];
    private long[] _counts = [];

    public long EstimatedBytes => 48 + _sums.Length * 16L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sums, groupCount);
        GroupArrays.Grow(ref _counts, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_sums, _counts);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (NumericAverageAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._sums.Length; g++)
        {
            _sums[groupMapping[g]] += source._sums[g];
            _counts[groupMapping[g]] += source._counts[g];
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        if (groupId >= _counts.Length || _counts[groupId] == 0)
        {
            output.AppendNull();
            return;
        }
        double mean = _sums[groupId] / _counts[groupId];
        switch (outputKind)
        {
            case AverageOutput.Double:
                ((FlatVectorBuilder<double>)output).Append(mean);
                break;
            case AverageOutput.Real:
                ((FlatVectorBuilder<float>)output).Append((float)mean);
                break;
            case AverageOutput.RoundedInt64:
                ((FlatVectorBuilder<long>)output).Append((long)Math.Floor(mean + 0.5));
                break;
        }
    }

    private readonly struct RowUpdate(double[] sums, long[] counts) : IGroupedUpdate<TIn>
    {
        public void Update(int groupId, TIn value)
        {
            sums[groupId] += double.CreateTruncating(value);
            counts[groupId]++;
        }
    }
}
