using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>A <see cref="SlotStore"/> of byte values (varchar, char, varbinary, json) in one arena: no object per group
/// or per row. A new value overwrites the old one in place when it fits; otherwise it is appended and the old space
/// becomes garbage, which is reclaimed by compacting when the arena would grow while half of it is garbage.</summary>
internal sealed class BytesSlotStore : SlotStore
{
    private const int EmptySlot = -1;
    private const int NullSlot = -2;

    private byte[] _arena = [];
    private int _used;
    private long _garbage;
    private int[] _offsets = [];
    private int[] _lengths = [];
    private int[] _capacities = [];

    public override long EstimatedBytes => 48 + _arena.Length + _offsets.Length * 12L;

    public override void EnsureCapacity(int groupCount)
    {
        GroupArrays.Grow(ref _offsets, groupCount);
        GroupArrays.Grow(ref _lengths, groupCount, EmptySlot);
        GroupArrays.Grow(ref _capacities, groupCount);
    }

    public override bool IsEmpty(int group) => group >= _lengths.Length || _lengths[group] == EmptySlot;

    public override bool IsNull(int group) => group >= _lengths.Length || _lengths[group] < 0;

    public ReadOnlySpan<byte> GetBytes(int group) => _arena.AsSpan(_offsets[group], _lengths[group]);

    public override void Set(int group, Vector source, int position)
    {
        var bytes = (BytesVector)VectorBuilder.Resolve(source, ref position);
        if (bytes.IsNull(position))
        {
            _lengths[group] = NullSlot;
        }
        else
        {
            SetBytes(group, bytes.GetBytes(position));
        }
    }

    public override void SetFrom(int group, SlotStore source, int sourceGroup)
    {
        var other = (BytesSlotStore)source;
        int length = other._lengths[sourceGroup];
        if (length < 0)
        {
            _lengths[group] = length;
        }
        else
        {
            SetBytes(group, other.GetBytes(sourceGroup));
        }
    }

    public override bool IsBetter(Vector source, int position, int group, bool minimum)
    {
        var bytes = (BytesVector)VectorBuilder.Resolve(source, ref position);
        int order = bytes.GetBytes(position).SequenceCompareTo(GetBytes(group));
        return minimum ? order < 0 : order > 0;
    }

    public override bool IsBetter(SlotStore source, int sourceGroup, int group, bool minimum)
    {
        int order = ((BytesSlotStore)source).GetBytes(sourceGroup).SequenceCompareTo(GetBytes(group));
        return minimum ? order < 0 : order > 0;
    }

    public override void AppendTo(int group, VectorBuilder output)
    {
        if (IsNull(group))
        {
            output.AppendNull();
        }
        else
        {
            ((BytesVectorBuilder)output).Append(GetBytes(group));
        }
    }

    private void SetBytes(int group, ReadOnlySpan<byte> value)
    {
        if (_capacities[group] >= value.Length)
        {
            value.CopyTo(_arena.AsSpan(_offsets[group]));
            _lengths[group] = value.Length;
            return;
        }
        _garbage += _capacities[group];
        _capacities[group] = 0;
        _lengths[group] = EmptySlot;
        Reserve(value.Length);
        value.CopyTo(_arena.AsSpan(_used));
        _offsets[group] = _used;
        _lengths[group] = value.Length;
        _capacities[group] = value.Length;
        _used += value.Length;
    }

    private void Reserve(int extra)
    {
        if (_used + extra <= _arena.Length)
        {
            return;
        }
        long live = _used - _garbage;
        if (_garbage > 0 && _garbage >= live)
        {
            Compact(extra);
            return;
        }
        Array.Resize(ref _arena, (int)Math.Min(Array.MaxLength, Math.Max(_arena.Length * 2L, Math.Max(_used + (long)extra, 256))));
    }

    private void Compact(int extra)
    {
        long live = _used - _garbage;
        var arena = new byte[(int)Math.Min(Array.MaxLength, Math.Max((live + extra) * 2, 256))];
        int used = 0;
        for (int g = 0; g < _lengths.Length; g++)
        {
            int length = _lengths[g];
            if (length >= 0)
            {
                _arena.AsSpan(_offsets[g], length).CopyTo(arena.AsSpan(used));
                _offsets[g] = used;
                _capacities[g] = length;
                used += length;
            }
            else
            {
                _capacities[g] = 0;
            }
        }
        _arena = arena;
        _used = used;
        _garbage = 0;
    }
}
