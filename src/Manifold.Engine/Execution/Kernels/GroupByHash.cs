using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>Assigns dense group ids (0, 1, 2, …) to distinct key combinations, as hash aggregation and DISTINCT need.</summary>
/// <remarks>NULLs group together. Not thread-safe: each worker keeps its own, and partial tables are merged by feeding one
/// table's keys (<see cref="BuildKeys"/>) into another.</remarks>
internal abstract class GroupByHash
{
    /// <summary>The number of groups so far.</summary>
    public abstract int GroupCount { get; }

    /// <summary>Memory held, in bytes.</summary>
    public abstract long EstimatedBytes { get; }

    /// <summary>Writes the group id of each of the first <paramref name="rowCount"/> rows into <paramref name="groupIds"/>,
    /// creating groups for new keys.</summary>
    public abstract void GetGroupIds(IReadOnlyList<Vector> keys, int rowCount, int[] groupIds);

    /// <summary>The key columns of all groups, in group id order.</summary>
    public abstract Vector[] BuildKeys();

    /// <summary>A table for the given key types (a fast path for one integer-like key).</summary>
    public static GroupByHash Create(IReadOnlyList<SqlType> keyTypes)
    {
        if (keyTypes.Count == 1 && keyTypes[0].Physical is PhysicalType.Int64 or PhysicalType.Int32 or PhysicalType.Int16 or PhysicalType.Int8)
        {
            return new LongGroupByHash(keyTypes[0]);
        }
        return new GenericGroupByHash(keyTypes);
    }
}

/// <summary>One integer-like key: keys and the table in flat arrays, no per-row virtual calls.</summary>
internal sealed class LongGroupByHash(SqlType type) : GroupByHash
{
    private long[] _keys = new long[1024];
    private int[] _table = CreateTable(2048);
    private int _mask = 2047;
    private int _count;
    private int _nullGroup = -1;

    public override int GroupCount => _count;

    public override long EstimatedBytes => _keys.Length * 8L + _table.Length * 4L;

    public override void GetGroupIds(IReadOnlyList<Vector> keys, int rowCount, int[] groupIds)
    {
        Vector input = keys[0].Flatten();
        switch (input)
        {
            case FlatVector<long> longs when longs.Nulls is null:
                for (int i = 0; i < rowCount; i++)
                {
                    groupIds[i] = FindOrAdd(longs.Values[i]);
                }
                return;
            case FlatVector<int> ints when ints.Nulls is null:
                for (int i = 0; i < rowCount; i++)
                {
                    groupIds[i] = FindOrAdd(ints.Values[i]);
                }
                return;
            default:
                for (int i = 0; i < rowCount; i++)
                {
                    groupIds[i] = input.IsNull(i) ? NullGroup() : FindOrAdd(Value(input, i));
                }
                return;
        }
    }

    private static long Value(Vector input, int row) => input switch
    {
        FlatVector<long> v => v.Values[row],
        FlatVector<int> v => v.Values[row],
        FlatVector<short> v => v.Values[row],
        FlatVector<sbyte> v => v.Values[row],
        _ => throw new InvalidOperationException($"Unexpected key vector {input.GetType().Name}"),
    };

    private int NullGroup()
    {
        if (_nullGroup < 0)
        {
            _nullGroup = AddGroup(0);
        }
        return _nullGroup;
    }

    private int FindOrAdd(long key)
    {
        int slot = (int)Hashing.Mix((ulong)key) & _mask;
        while (true)
        {
            int group = _table[slot];
            if (group < 0)
            {
                group = AddGroup(key);
                _table[slot] = group;
                if (_count * 2 > _mask)
                {
                    Rehash();
                }
                return group;
            }
            if (_keys[group] == key && group != _nullGroup)
            {
                return group;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private int AddGroup(long key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
        }
        _keys[_count] = key;
        return _count++;
    }

    private void Rehash()
    {
        int capacity = _table.Length * 2;
        _table = CreateTable(capacity);
        _mask = capacity - 1;
        for (int group = 0; group < _count; group++)
        {
            if (group == _nullGroup)
            {
                continue;
            }
            int slot = (int)Hashing.Mix((ulong)_keys[group]) & _mask;
            while (_table[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }
            _table[slot] = group;
        }
    }

    public override Vector[] BuildKeys()
    {
        ulong[]? nulls = null;
        if (_nullGroup >= 0)
        {
            nulls = Bitmap.Allocate(_count);
            Bitmap.Set(nulls, _nullGroup);
        }
        Vector keys = type.Physical switch
        {
            PhysicalType.Int64 => new FlatVector<long>(type, _keys, nulls, _count),
            PhysicalType.Int32 => new FlatVector<int>(type, Convert(_keys, _count, static v => (int)v), nulls, _count),
            PhysicalType.Int16 => new FlatVector<short>(type, Convert(_keys, _count, static v => (short)v), nulls, _count),
            _ => new FlatVector<sbyte>(type, Convert(_keys, _count, static v => (sbyte)v), nulls, _count),
        };
        return [keys];
    }

    private static T[] Convert<T>(long[] values, int count, Func<long, T> convert)
    {
        var result = new T[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = convert(values[i]);
        }
        return result;
    }

    internal static int[] CreateTable(int capacity)
    {
        var table = new int[capacity];
        Array.Fill(table, -1);
        return table;
    }
}

/// <summary>Any keys: row hashes computed column by column, keys in typed stores, equality checked column by column.</summary>
internal sealed class GenericGroupByHash : GroupByHash
{
    private readonly IReadOnlyList<SqlType> _types;
    private readonly KeyStore[] _stores;
    private ulong[] _groupHashes = new ulong[1024];
    private int[] _table = LongGroupByHash.CreateTable(2048);
    private int _mask = 2047;
    private int _count;
    private ulong[] _hashes = new ulong[Page.DefaultMaxRowCount];
    private readonly Vector[] _flat;

    public GenericGroupByHash(IReadOnlyList<SqlType> types)
    {
        _types = types;
        _stores = types.Select(KeyStore.Create).ToArray();
        _flat = new Vector[types.Count];
    }

    public override int GroupCount => _count;

    public override long EstimatedBytes => _groupHashes.Length * 8L + _table.Length * 4L + _stores.Sum(s => s.EstimatedBytes);

    public override void GetGroupIds(IReadOnlyList<Vector> keys, int rowCount, int[] groupIds)
    {
        if (_hashes.Length < rowCount)
        {
            _hashes = new ulong[rowCount];
        }
        for (int c = 0; c < _flat.Length; c++)
        {
            _flat[c] = keys[c].Flatten();
            Hashing.HashColumn(_flat[c], _hashes, rowCount, combine: c > 0);
        }
        if (_flat.Length == 0)
        {
            Array.Clear(_hashes, 0, rowCount);
        }
        for (int row = 0; row < rowCount; row++)
        {
            groupIds[row] = FindOrAdd(_hashes[row], row);
        }
        Array.Clear(_flat);
    }

    private int FindOrAdd(ulong hash, int row)
    {
        int slot = (int)hash & _mask;
        while (true)
        {
            int group = _table[slot];
            if (group < 0)
            {
                group = AddGroup(hash, row);
                _table[slot] = group;
                if (_count * 2 > _mask)
                {
                    Rehash();
                }
                return group;
            }
            if (_groupHashes[group] == hash && KeysEqual(group, row))
            {
                return group;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private bool KeysEqual(int group, int row)
    {
        for (int c = 0; c < _stores.Length; c++)
        {
            if (!_stores[c].Equal(group, _flat[c], row))
            {
                return false;
            }
        }
        return true;
    }

    private int AddGroup(ulong hash, int row)
    {
        if (_count == _groupHashes.Length)
        {
            Array.Resize(ref _groupHashes, _count * 2);
        }
        _groupHashes[_count] = hash;
        for (int c = 0; c < _stores.Length; c++)
        {
            _stores[c].Append(_flat[c], row);
        }
        return _count++;
    }

    private void Rehash()
    {
        int capacity = _table.Length * 2;
        _table = LongGroupByHash.CreateTable(capacity);
        _mask = capacity - 1;
        for (int group = 0; group < _count; group++)
        {
            int slot = (int)_groupHashes[group] & _mask;
            while (_table[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }
            _table[slot] = group;
        }
    }

    public override Vector[] BuildKeys()
    {
        var keys = new Vector[_stores.Length];
        for (int c = 0; c < keys.Length; c++)
        {
            keys[c] = _stores[c].Build(_types[c]);
        }
        return keys;
    }
}
