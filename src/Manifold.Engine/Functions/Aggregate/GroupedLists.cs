namespace Manifold.Engine.Functions.Aggregate;

/// <summary>One ordered list of values per group, threaded through a shared <see cref="ValueList"/> with a next-index
/// array (as Trino's grouped array_agg state): appending is O(1) and allocates nothing per row.</summary>
internal sealed class GroupedLists(ValueList values)
{
    private int[] _heads = [];
    private int[] _tails = [];
    private int[] _counts = [];
    private int[] _next = [];

    public ValueList Values { get; } = values;

    public long EstimatedBytes => 48 + _heads.Length * 12L + _next.Length * 4L + Values.EstimatedBytes;

    public void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _heads, groupCount, -1);
        GroupArrays.Grow(ref _tails, groupCount, -1);
        GroupArrays.Grow(ref _counts, groupCount);
    }

    public int Count(int group) => group < _counts.Length ? _counts[group] : 0;

    /// <summary>The first value index of the group, or -1.</summary>
    public int First(int group) => group < _heads.Length ? _heads[group] : -1;

    /// <summary>The value index after <paramref name="index"/> in its group, or -1.</summary>
    public int Next(int index) => _next[index];

    /// <summary>Links the value just added to <see cref="Values"/> (the last one) to the end of the group's list.</summary>
    public void LinkLast(int group)
    {
        int index = Values.Count - 1;
        GroupArrays.Grow(ref _next, index + 1);
        _next[index] = -1;
        if (_heads[group] < 0)
        {
            _heads[group] = index;
        }
        else
        {
            _next[_tails[group]] = index;
        }
        _tails[group] = index;
        _counts[group]++;
    }

    /// <summary>Appends every list of <paramref name="source"/> to the mapped group's list, in order.</summary>
    public void Merge(GroupedLists source, ReadOnlySpan<int> groupMapping)
    {
        EnsureCapacity(GroupArrays.MappedCount(groupMapping));
        for (int g = 0; g < groupMapping.Length; g++)
        {
            int target = groupMapping[g];
            for (int index = source.First(g); index >= 0; index = source.Next(index))
            {
                Values.AddFrom(source.Values, index);
                LinkLast(target);
            }
        }
    }
}
