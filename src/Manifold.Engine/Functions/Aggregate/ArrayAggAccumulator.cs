using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>array_agg(x): the group's values in input order, nulls included (as Trino); NULL for an empty group.
/// ORDER BY inside the call is applied by the engine before rows reach <see cref="Add"/>.</summary>
internal sealed class ArrayAggAccumulator(SqlType elementType) : IGroupedAccumulator
{
    private readonly GroupedLists _lists = new(ValueList.Create(elementType));

    public long EstimatedBytes => 16 + _lists.EstimatedBytes;

    public void EnsureCapacity(int groupCount) => _lists.EnsureCapacity(groupCount);

    public void Add(ReadOnlySpan<int> groupIds, IReadOnlyList<Vector> arguments, int rowCount)
    {
        Vector vector = arguments[0];
        ValueList values = _lists.Values;
        for (int i = 0; i < rowCount; i++)
        {
            values.Add(vector, i);
            _lists.LinkLast(groupIds[i]);
        }
    }

    public void Merge(IGroupedAccumulator other, ReadOnlySpan<int> groupMapping)
        => _lists.Merge(((ArrayAggAccumulator)other)._lists, groupMapping);

    public void Evaluate(int groupId, VectorBuilder output)
    {
        if (_lists.Count(groupId) == 0)
        {
            output.AppendNull();
            return;
        }
        var builder = (ArrayVectorBuilder)output;
        for (int index = _lists.First(groupId); index >= 0; index = _lists.Next(index))
        {
            _lists.Values.AppendTo(index, builder.Elements);
        }
        builder.CloseEntry();
    }
}
