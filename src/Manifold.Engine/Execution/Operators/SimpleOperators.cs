using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Passes exactly one row: NULLs when the input is empty, an error when it has more than one row.</summary>
internal sealed class EnforceSingleRowOperator(IOperator input, SqlType[] types) : IOperator
{
    private bool _done;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return null;
        }
        _done = true;
        Page? single = null;
        while (await input.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            if (page.RowCount == 0)
            {
                continue;
            }
            if (single is not null || page.RowCount > 1)
            {
                throw new ManifoldException(StandardErrorCode.SubqueryMultipleRows, "Scalar sub-query has returned multiple rows");
            }
            single = page;
        }
        return single ?? new Page(1, types.Select(t => Vector.NullVector(t, 1)).ToArray());
    }

    public void Dispose() => input.Dispose();
}

/// <summary>Appends a bigint column unique across all workers of the query (a shared counter hands out blocks of ids).</summary>
internal sealed class AssignUniqueIdOperator(IOperator input, StrongBox<long> counter) : IOperator
{
    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (await input.NextAsync(cancellationToken).ConfigureAwait(false) is not { } page)
        {
            return null;
        }
        long first = Interlocked.Add(ref counter.Value, page.RowCount) - page.RowCount;
        var ids = new long[page.RowCount];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = first + i;
        }
        return new Page(page.RowCount, [.. page.Columns, new FlatVector<long>(SqlType.BigInt, ids)]);
    }

    public void Dispose() => input.Dispose();
}

/// <summary>A mutable box shared between operators (e.g. a counter).</summary>
internal sealed class StrongBox<T>
{
    public T Value = default!;
}

/// <summary>For grouping sets: emits each input row once per set, with the keys outside the set NULL and the set index
/// appended. Output: key outputs, pass-through columns, group id.</summary>
internal sealed class GroupIdOperator(IOperator input, int[][] sets, int[] keyChannels, int[] passThroughChannels) : IOperator
{
    private Page? _page;
    private int _set;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_page is null || _set >= sets.Length)
            {
                _page = await input.NextAsync(cancellationToken).ConfigureAwait(false);
                _set = 0;
                if (_page is null)
                {
                    return null;
                }
            }
            Page page = _page;
            int[] set = sets[_set];
            var columns = new List<Vector>();
            for (int k = 0; k < keyChannels.Length; k++)
            {
                Vector key = page[keyChannels[k]];
                columns.Add(set.Contains(k) ? key : Vector.NullVector(key.Type, page.RowCount));
            }
            foreach (int channel in passThroughChannels)
            {
                columns.Add(page[channel]);
            }
            columns.Add(ConstantVector.Of(SqlType.BigInt, (long)_set, page.RowCount));
            _set++;
            return new Page(page.RowCount, columns.ToArray());
        }
    }

    public void Dispose() => input.Dispose();
}

/// <summary>UNNEST: per input row, one output row per element of the longest collection (others padded with NULL).
/// Output: replicated columns, each collection's element (or key/value, or row field) columns, then the ordinality.</summary>
internal sealed class UnnestOperator(
    IOperator input, int[] replicateChannels, (int Channel, SqlType[] OutputTypes)[] collections, bool ordinality, bool outer, int pageSize) : IOperator
{
    private Page? _page;
    private int _row;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_page is null || _row >= _page.RowCount)
            {
                _page = await input.NextAsync(cancellationToken).ConfigureAwait(false);
                _row = 0;
                if (_page is null)
                {
                    return null;
                }
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            // Read collections through their encoding: flattening a replicated (dictionary) array column here would copy
            // every element of every input row for each output page.
            var flat = collections.Select(c => _page[c.Channel]).ToArray();
            var replicate = new List<int>();
            var outputs = collections.Select(c => c.OutputTypes.Select(t => VectorBuilder.Create(t, pageSize)).ToArray()).ToArray();
            var ordinals = new List<long>();
            while (_row < _page.RowCount && replicate.Count < pageSize)
            {
                int length = 0;
                for (int c = 0; c < flat.Length; c++)
                {
                    length = Math.Max(length, Length(flat[c], _row));
                }
                int emitted = outer && length == 0 ? 1 : length;
                for (int e = 0; e < emitted; e++)
                {
                    replicate.Add(_row);
                    ordinals.Add(length == 0 ? 0 : e + 1);
                    for (int c = 0; c < flat.Length; c++)
                    {
                        AppendElement(flat[c], _row, e, outputs[c]);
                    }
                }
                _row++;
            }
            if (replicate.Count == 0)
            {
                continue;
            }
            int[] positions = replicate.ToArray();
            var columns = new List<Vector>(replicateChannels.Select(c => Replicate(_page[c], positions)));
            foreach (VectorBuilder[] builders in outputs)
            {
                columns.AddRange(builders.Select(b => b.Build()));
            }
            if (ordinality)
            {
                var ordinalBuilder = new FlatVectorBuilder<long>(SqlType.BigInt, positions.Length);
                foreach (long ordinal in ordinals)
                {
                    if (ordinal == 0)
                    {
                        ordinalBuilder.AppendNull();
                    }
                    else
                    {
                        ordinalBuilder.Append(ordinal);
                    }
                }
                columns.Add(ordinalBuilder.Build());
            }
            return new Page(positions.Length, columns.ToArray());
        }
    }

    /// <summary>The rows at <paramref name="positions"/>; nested values (arrays, maps, rows) are referenced through a
    /// dictionary instead of copied, since each may be repeated thousands of times (one per unnested element).</summary>
    private static Vector Replicate(Vector column, int[] positions)
        => column is ArrayVector or MapVector or RowVector
            ? new DictionaryVector(column, positions, positions.Length)
            : column.Take(positions);

    private static int Length(Vector collection, int row)
    {
        Vector resolved = VectorBuilder.Resolve(collection, ref row);
        return resolved.IsNull(row) ? 0 : resolved switch
        {
            ArrayVector array => array.GetLength(row),
            MapVector map => map.Offsets[row + 1] - map.Offsets[row],
            _ => 0,
        };
    }

    private static void AppendElement(Vector collection, int row, int index, VectorBuilder[] outputs)
    {
        collection = VectorBuilder.Resolve(collection, ref row);
        if (index >= Length(collection, row))
        {
            foreach (VectorBuilder output in outputs)
            {
                output.AppendNull();
            }
            return;
        }
        switch (collection)
        {
            case ArrayVector array when outputs.Length > 1 || array.ArrayType.Element is RowType:
            {
                int position = array.Offsets[row] + index;
                Vector element = array.Elements;
                Vector resolved = VectorBuilder.Resolve(element, ref position);
                if (resolved is RowVector rows && !rows.IsNull(position))
                {
                    for (int f = 0; f < outputs.Length; f++)
                    {
                        outputs[f].AppendFrom(rows.Fields[f], position);
                    }
                }
                else
                {
                    foreach (VectorBuilder output in outputs)
                    {
                        output.AppendNull();
                    }
                }
                break;
            }
            case ArrayVector array:
                outputs[0].AppendFrom(array.Elements, array.Offsets[row] + index);
                break;
            case MapVector map:
                outputs[0].AppendFrom(map.Keys, map.Offsets[row] + index);
                outputs[1].AppendFrom(map.Values, map.Offsets[row] + index);
                break;
        }
    }

    public void Dispose() => input.Dispose();
}
