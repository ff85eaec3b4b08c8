using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A reusable hash set of positions in one vector, keyed by the values there (see <see cref="ValueComparer"/>).</summary>
/// <remarks>Used by array_distinct, array_union, map construction and friends: clear it per row, add element positions.</remarks>
internal sealed class PositionSet
{
    private int[] _slots = new int[16];
    private int[] _positions = new int[8];
    private int _count;
    private Vector _vector = null!;

    /// <summary>The number of distinct values added since the last <see cref="Reset"/>.</summary>
    public int Count => _count;

    /// <summary>Empties the set and points it at <paramref name="vector"/>, sized for about <paramref name="expected"/> values.</summary>
    public void Reset(Vector vector, int expected)
    {
        _vector = vector;
        int capacity = 16;
        while (capacity < expected * 2)
        {
            capacity <<= 1;
        }
        if (_slots.Length != capacity)
        {
            _slots = new int[capacity];
        }
        else
        {
            Array.Clear(_slots);
        }
        _count = 0;
    }

    /// <summary>Adds the value at <paramref name="position"/>; false when an equal value is already in.</summary>
    public bool Add(int position) => Find(_vector, position, add: true) < 0;

    /// <summary>Whether a value equal to <paramref name="source"/>[<paramref name="position"/>] is in the set.</summary>
    public bool Contains(Vector source, int position) => Find(source, position, add: false) >= 0;

    /// <summary>The position in the set's vector of a value equal to <paramref name="source"/>[<paramref name="position"/>], or -1.</summary>
    public int IndexOf(Vector source, int position) => Find(source, position, add: false);

    private int Find(Vector source, int position, bool add)
    {
        int mask = _slots.Length - 1;
        int slot = ValueComparer.Hash(source, position) & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0)
            {
                if (add)
                {
                    if (_count == _positions.Length)
                    {
                        Array.Resize(ref _positions, _positions.Length * 2);
                    }
                    _positions[_count++] = position;
                    _slots[slot] = _count;
                    if (_count * 2 > _slots.Length)
                    {
                        Grow();
                    }
                }
                return -1;
            }
            int candidate = _positions[entry - 1];
            if (ValueComparer.Equal(_vector, candidate, source, position))
            {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        int mask = _slots.Length - 1;
        for (int i = 0; i < _count; i++)
        {
            int slot = ValueComparer.Hash(_vector, _positions[i]) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = i + 1;
        }
    }
}
