using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>min_by(x, y) / max_by(x, y): the value of <c>x</c> on the row whose <c>y</c> is smallest / largest. Rows
/// with a null <c>y</c> are ignored; <c>x</c> may be null and is then the result. On ties the first row seen wins.</summary>
internal sealed class MinMaxByAccumulator(SqlType valueType, SqlType keyType, bool minimum) : IGroupedAccumulator
{
    private readonly SlotStore _values = SlotStore.Create(valueType);
    private readonly SlotStore _keys = SlotStore.Create(keyType);

    public long EstimatedBytes => 24 + _values.EstimatedBytes + _keys.EstimatedBytes;

    public void EnsureCapacity(int groupCount)
    {
        _values.EnsureCapacity(groupCount);
        _keys.EnsureCapacity(groupCount);
    }

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        Vector values = arguments[0];
        Vector keys = arguments[1];
        if (keys is ConstantVector { IsNullValue: true })
        {
            return;
        }
        bool mayHaveNulls = keys.MayHaveNulls;
        for (int i = 0; i < rowCount; i++)
        {
            if (mayHaveNulls && keys.IsNull(i))
            {
                continue;
            }
            int group = groupIds[i];
            if (_keys.IsEmpty(group) || _keys.IsBetter(keys, i, group, minimum))
            {
                _keys.Set(group, keys, i);
                _values.Set(group, values, i);
            }
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
    {
        var source = (MinMaxByAccumulator)other;
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length; g++)
        {
            if (source._keys.IsEmpty(g))
            {
                continue;
            }
            int target = groupMapping[g];
            if (_keys.IsEmpty(target) || _keys.IsBetter(source._keys, g, target, minimum))
            {
                _keys.SetFrom(target, source._keys, g);
                _values.SetFrom(target, source._values, g);
            }
        }
    }

    public void Evaluate(int groupId, VectorBuilder output) => _values.AppendTo(groupId, output);
}
