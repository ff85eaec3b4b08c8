using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Kernels;

/// <summary>The build side of a join: all build rows (columns concatenated) and chains of rows by key hash.</summary>
/// <remarks>Immutable once built, so any number of probe threads can share it. Rows with a NULL key are kept (outer
/// joins emit them) but are never matched. With no keys, every row matches every probe row (nested loop).</remarks>
internal sealed class JoinHashTable
{
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly ulong[]? _hashes;
    private readonly long[]? _longKeys;
    private readonly int _mask;

    public JoinHashTable(IReadOnlyList<SqlType> types, IReadOnlyList<Page> pages, int[] keyChannels, CancellationToken cancellationToken)
    {
        Types = types;
        KeyChannels = keyChannels;
        int rowCount = 0;
        foreach (Page page in pages)
        {
            rowCount += page.RowCount;
        }
        RowCount = rowCount;
        Columns = new Vector[types.Count];
        for (int c = 0; c < types.Count; c++)
        {
            Columns[c] = rowCount == 0 ? VectorBuilder.Create(types[c], 0).Build() : Vector.Concat(types[c], pages.Select(p => p[c]).ToArray()).Flatten();
        }
        _next = new int[rowCount];
        int capacity = 16;
        while (capacity < rowCount * 2)
        {
            capacity <<= 1;
        }
        _buckets = new int[keyChannels.Length == 0 ? 0 : capacity];
        Array.Fill(_buckets, -1);
        _mask = capacity - 1;
        if (keyChannels.Length == 0)
        {
            return;
        }
        var keys = keyChannels.Select(c => Columns[c]).ToArray();
        if (IsSingleLongKey(keys, out long[]? longKeys))
        {
            _longKeys = longKeys;
            Vector key = keys[0];
            for (int row = rowCount - 1; row >= 0; row--)
            {
                if ((row & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (key.IsNull(row))
                {
                    HasNullKey = true;
                    continue;
                }
                int slot = (int)Hashing.Mix((ulong)longKeys![row]) & _mask;
                _next[row] = _buckets[slot];
                _buckets[slot] = row;
            }
            return;
        }
        _hashes = new ulong[rowCount];
        for (int c = 0; c < keys.Length; c++)
        {
            Hashing.HashColumn(keys[c], _hashes, rowCount, combine: c > 0);
        }
        for (int row = rowCount - 1; row >= 0; row--)
        {
            if ((row & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            bool nullKey = false;
            foreach (Vector key in keys)
            {
                nullKey |= key.IsNull(row);
            }
            if (nullKey)
            {
                HasNullKey = true;
                continue;
            }
            int slot = (int)_hashes[row] & _mask;
            _next[row] = _buckets[slot];
            _buckets[slot] = row;
        }
    }

    /// <summary>Column types of the build rows.</summary>
    public IReadOnlyList<SqlType> Types { get; }

    /// <summary>The key channels.</summary>
    public int[] KeyChannels { get; }

    /// <summary>The build rows, one flat vector per column.</summary>
    public Vector[] Columns { get; }

    /// <summary>Number of build rows.</summary>
    public int RowCount { get; }

    /// <summary>Whether some build row has a NULL key (null-aware IN semantics).</summary>
    public bool HasNullKey { get; }

    /// <summary>Memory held.</summary>
    public long EstimatedBytes => Columns.Sum(c => c.RetainedBytes) + _next.Length * 4L + _buckets.Length * 4L + (_hashes?.Length ?? 0) * 8L;

    /// <summary>A per-thread probe cursor.</summary>
    public JoinProber CreateProber() => new(this);

    internal int[] Buckets => _buckets;

    internal int[] Next => _next;

    internal ulong[]? Hashes => _hashes;

    internal long[]? LongKeys => _longKeys;

    internal int Mask => _mask;

    private static bool IsSingleLongKey(Vector[] keys, out long[]? values)
    {
        values = null;
        if (keys.Length != 1)
        {
            return false;
        }
        switch (keys[0])
        {
            case FlatVector<long> longs:
                values = longs.Values;
                return true;
            case FlatVector<int> ints:
                values = new long[ints.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = ints.Values[i];
                }
                return true;
            default:
                return false;
        }
    }
}

/// <summary>Walks a <see cref="JoinHashTable"/>'s matches for the rows of one probe page. One per probe thread.</summary>
internal sealed class JoinProber(JoinHashTable table)
{
    private ulong[] _hashes = new ulong[Page.DefaultMaxRowCount];
    private long[] _longKeys = new long[Page.DefaultMaxRowCount];
    private Vector[] _keys = [];
    private PositionEquality[] _equalities = [];
    private bool[] _nullKey = new bool[Page.DefaultMaxRowCount];

    public JoinHashTable Table => table;

    /// <summary>Prepares to probe a page whose key columns are <paramref name="keys"/>.</summary>
    public void SetPage(IReadOnlyList<Vector> keys, int rowCount)
    {
        if (_hashes.Length < rowCount)
        {
            _hashes = new ulong[rowCount];
            _longKeys = new long[rowCount];
            _nullKey = new bool[rowCount];
        }
        _keys = keys.Select(k => k.Flatten()).ToArray();
        Array.Clear(_nullKey, 0, rowCount);
        foreach (Vector key in _keys)
        {
            if (key.MayHaveNulls)
            {
                for (int i = 0; i < rowCount; i++)
                {
                    _nullKey[i] |= key.IsNull(i);
                }
            }
        }
        if (_keys.Length == 0)
        {
            return;
        }
        if (table.LongKeys is not null)
        {
            switch (_keys[0])
            {
                case FlatVector<long> longs:
                    Array.Copy(longs.Values, _longKeys, rowCount);
                    break;
                case FlatVector<int> ints:
                    for (int i = 0; i < rowCount; i++)
                    {
                        _longKeys[i] = ints.Values[i];
                    }
                    break;
                default:
                    throw new InvalidOperationException($"Join key type mismatch: {_keys[0].Type} probes a long-keyed table");
            }
            return;
        }
        for (int c = 0; c < _keys.Length; c++)
        {
            Hashing.HashColumn(_keys[c], _hashes, rowCount, combine: c > 0);
        }
        _equalities = new PositionEquality[_keys.Length];
        for (int c = 0; c < _keys.Length; c++)
        {
            _equalities[c] = PositionEquality.Create(_keys[c], table.Columns[table.KeyChannels[c]]);
        }
    }

    /// <summary>Whether the probe row's key has a NULL.</summary>
    public bool IsNullKey(int row) => _nullKey[row];

    /// <summary>The first matching build row for probe row <paramref name="row"/>, or -1.</summary>
    public int First(int row)
    {
        if (table.KeyChannels.Length == 0)
        {
            return table.RowCount > 0 ? 0 : -1;
        }
        if (_nullKey[row] || table.Buckets.Length == 0)
        {
            return -1;
        }
        if (table.LongKeys is { } longKeys)
        {
            long key = _longKeys[row];
            int candidate = table.Buckets[(int)Hashing.Mix((ulong)key) & table.Mask];
            while (candidate >= 0 && longKeys[candidate] != key)
            {
                candidate = table.Next[candidate];
            }
            return candidate;
        }
        return Scan(table.Buckets[(int)_hashes[row] & table.Mask], row);
    }

    /// <summary>The next matching build row after <paramref name="buildRow"/> for probe row <paramref name="row"/>, or -1.</summary>
    public int Next(int buildRow, int row)
    {
        if (table.KeyChannels.Length == 0)
        {
            return buildRow + 1 < table.RowCount ? buildRow + 1 : -1;
        }
        if (table.LongKeys is { } longKeys)
        {
            long key = _longKeys[row];
            int candidate = table.Next[buildRow];
            while (candidate >= 0 && longKeys[candidate] != key)
            {
                candidate = table.Next[candidate];
            }
            return candidate;
        }
        return Scan(table.Next[buildRow], row);
    }

    private int Scan(int candidate, int row)
    {
        ulong hash = _hashes[row];
        ulong[] hashes = table.Hashes!;
        while (candidate >= 0)
        {
            if (hashes[candidate] == hash && KeysEqual(row, candidate))
            {
                return candidate;
            }
            candidate = table.Next[candidate];
        }
        return -1;
    }

    private bool KeysEqual(int row, int buildRow)
    {
        for (int c = 0; c < _equalities.Length; c++)
        {
            if (!_equalities[c].Equal(row, buildRow))
            {
                return false;
            }
        }
        return true;
    }
}
