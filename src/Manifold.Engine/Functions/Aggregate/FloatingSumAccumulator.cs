using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>sum over double (into double) or real (summed in double, returned as real, as Trino does).</summary>
internal sealed class FloatingSumAccumulator<TIn> : IGroupedAccumulator
    where TIn : unmanaged, IFloatingPointIeee754<TIn>
{
    private double[] _sums = [];
    private bool[] _hasValue = [];

    public long EstimatedBytes => 48 + _sums.Length * 9L;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _sums, groupCount);
        GroupArrays.Grow(ref _hasValue, groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        var update = new RowUpdate(_sums, _hasValue);
        GroupedLoop.Run<TIn, RowUpdate>(groupIds, arguments[0], rowCount, ref update);
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (FloatingSumAccumulator<TIn>)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length && g < source._sums.Length; g++)
        {
            if (source._hasValue[g])
            {
                _sums[groupMapping[g]] += source._sums[g];
                _hasValue[groupMapping[g]] = true;
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output)
    {
        if (groupId >= _hasValue.Length || !_hasValue[groupId])
        {
            output.AppendNull();
        }
        else if (typeof(TIn) == typeof(float))
        {
            ((FlatVectorBuilder<float>)output).Append((float)_sums[groupId]);
        }
        else
        {
            ((FlatVectorBuilder<double>)output).Append(_sums[groupId]);
        }
    }

    private readonly struct RowUpdate(double[] sums, bool[] hasValue) : IGroupedUpdate<TIn>
    {
        public void Update(int groupId, TIn value)
        {
            sums[groupId] += double.CreateTruncating(value);
            hasValue[groupId] = true;
        }
    }
}
