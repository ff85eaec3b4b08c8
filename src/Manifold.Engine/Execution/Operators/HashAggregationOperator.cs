using Manifold.Engine.Execution.Expressions;
using Manifold.Engine.Execution.Kernels;
using Manifold.Engine.Execution.Scheduling;
using Manifold.Spi.Functions;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Groups its input by key columns and computes aggregates per group; outputs the keys, then the aggregates.</summary>
/// <remarks>
/// Blocking. Each input worker aggregates into its own hash table (no locks); at the end the tables are merged into the
/// first. DISTINCT and ordered aggregates run their input through one worker so that distinctness and order are global.
/// With no keys, exactly one row comes out, also for empty input. Memory is charged per worker and fails the query when
/// over the limit.
/// </remarks>
internal sealed class HashAggregationOperator : IOperator
{
    private readonly IReadOnlyList<Func<IOperator>> _workers;
    private readonly int[] _keyChannels;
    private readonly SqlType[] _keyTypes;
    private readonly AggregateSpec[] _aggregates;
    private readonly (int KeyIndex, long Id)? _globalGroup;
    private readonly QueryContext _context;
    private readonly MemoryContext _memory;
    private Page[]? _output;
    private int _next;

    public HashAggregationOperator(
        IReadOnlyList<Func<IOperator>> workers, int[] keyChannels, SqlType[] keyTypes, AggregateSpec[] aggregates,
        (int KeyIndex, long Id)? globalGroup, QueryContext context, MemoryContext memory)
    {
        _keyChannels = keyChannels;
        _keyTypes = keyTypes;
        _aggregates = aggregates;
        _globalGroup = globalGroup;
        _context = context;
        _memory = memory;
        _workers = aggregates.Any(a => a.NeedsSingleThread) && workers.Count > 1 ? [() => new GatherOperator(workers)] : workers;
    }

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_output is null)
        {
            var states = new AggregationState[_workers.Count];
            for (int i = 0; i < states.Length; i++)
            {
                states[i] = new AggregationState(this, _memory.CreateChild($"worker{i}"));
            }
            await ParallelDriver.RunAsync(_workers, (worker, page) => states[worker].Add(page, cancellationToken), cancellationToken).ConfigureAwait(false);
            AggregationState final = states[0];
            for (int i = 1; i < states.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                final.Merge(states[i]);
            }
            _output = final.Finish(cancellationToken);
        }
        return _next < _output.Length ? _output[_next++] : null;
    }

    public void Dispose() => _memory.SetBytes(0);

    private sealed class AggregationState
    {
        private readonly HashAggregationOperator _owner;
        private readonly MemoryContext _memory;
        private readonly GroupByHash _hash;
        private readonly IGroupedAccumulator[] _accumulators;
        private readonly GroupByHash?[] _distinct;
        private readonly List<Page>?[] _ordered;
        private int[] _groupIds = new int[Page.DefaultMaxRowCount];

        public AggregationState(HashAggregationOperator owner, MemoryContext memory)
        {
            _owner = owner;
            _memory = memory;
            _hash = GroupByHash.Create(owner._keyTypes);
            _accumulators = owner._aggregates.Select(a => a.Factory.Create()).ToArray();
            _distinct = new GroupByHash?[owner._aggregates.Length];
            _ordered = new List<Page>?[owner._aggregates.Length];
        }

        public void Add(Page page, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int rowCount = page.RowCount;
            if (_groupIds.Length < rowCount)
            {
                _groupIds = new int[rowCount];
            }
            var keys = new Vector[_owner._keyChannels.Length];
            for (int k = 0; k < keys.Length; k++)
            {
                keys[k] = page[_owner._keyChannels[k]];
            }
            _hash.GetGroupIds(keys, rowCount, _groupIds);
            for (int a = 0; a < _owner._aggregates.Length; a++)
            {
                AggregateSpec spec = _owner._aggregates[a];
                IGroupedAccumulator accumulator = _accumulators[a];
                accumulator.EnsureCapacity(_hash.GroupCount);
                int[] groupIds = _groupIds;
                int count = rowCount;
                Vector[] arguments = Arguments(page, spec);
                if (spec.FilterChannel >= 0 || spec.Distinct)
                {
                    var selection = SelectRows(page, spec, a, arguments, rowCount);
                    if (selection is not null)
                    {
                        count = selection.Length;
                        if (count == 0)
                        {
                            continue;
                        }
                        groupIds = new int[count];
                        for (int i = 0; i < count; i++)
                        {
                            groupIds[i] = _groupIds[selection[i]];
                        }
                        arguments = arguments.Select(v => v.Take(selection)).ToArray();
                        if (spec.OrderBy.Length > 0)
                        {
                            page = page.Take(selection);
                        }
                    }
                }
                if (spec.OrderBy.Length > 0)
                {
                    // Keep the rows (group id, arguments, order keys) and feed them in order at the end.
                    var columns = new List<Vector> { new FlatVector<int>(SqlType.Integer, groupIds.AsSpan(0, count).ToArray()) };
                    columns.AddRange(arguments);
                    columns.AddRange(spec.OrderBy.Select(o => page[o.Channel]));
                    (_ordered[a] ??= []).Add(new Page(count, columns.ToArray()));
                    continue;
                }
                accumulator.Add(groupIds.AsSpan(0, count), arguments, count);
            }
            _memory.SetBytes(EstimatedBytes());
        }

        private static Vector[] Arguments(Page page, AggregateSpec spec)
        {
            var arguments = new Vector[spec.ArgumentChannels.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = page[spec.ArgumentChannels[i]];
            }
            return arguments;
        }

        /// <summary>The rows that count for a filtered or DISTINCT aggregate, or null for all.</summary>
        private int[]? SelectRows(Page page, AggregateSpec spec, int aggregate, Vector[] arguments, int rowCount)
        {
            int[]? rows = null;
            if (spec.FilterChannel >= 0)
            {
                var selection = new int[rowCount];
                int kept = VectorOps.SelectTrue(page[spec.FilterChannel], selection);
                rows = selection.AsSpan(0, kept).ToArray();
            }
            if (!spec.Distinct)
            {
                return rows;
            }
            // Keep the first occurrence of each (group, arguments) combination.
            GroupByHash distinct = _distinct[aggregate] ??= GroupByHash.Create(
                new SqlType[] { SqlType.Integer }.Concat(arguments.Select(v => v.Type)).ToArray());
            int[] candidates = rows ?? VectorOps.Identity(rowCount);
            var groupIds = new int[candidates.Length];
            for (int i = 0; i < candidates.Length; i++)
            {
                groupIds[i] = _groupIds[candidates[i]];
            }
            var keys = new List<Vector> { new FlatVector<int>(SqlType.Integer, groupIds) };
            keys.AddRange(arguments.Select(v => rows is null ? v : v.Take(rows)));
            int before = distinct.GroupCount;
            var ids = new int[candidates.Length];
            distinct.GetGroupIds(keys, candidates.Length, ids);
            var result = new List<int>();
            int seen = before;
            for (int i = 0; i < candidates.Length; i++)
            {
                if (ids[i] >= seen)
                {
                    result.Add(candidates[i]);
                    seen = ids[i] + 1;
                }
            }
            return result.ToArray();
        }

        public void Merge(AggregationState other)
        {
            Vector[] keys = other._hash.BuildKeys();
            int count = other._hash.GroupCount;
            var mapping = new int[count];
            for (int offset = 0; offset < count; offset += Page.DefaultMaxRowCount)
            {
                int length = Math.Min(Page.DefaultMaxRowCount, count - offset);
                var chunk = new int[length];
                _hash.GetGroupIds(keys.Select(k => k.Slice(offset, length)).ToArray(), length, chunk);
                Array.Copy(chunk, 0, mapping, offset, length);
            }
            for (int a = 0; a < _accumulators.Length; a++)
            {
                _accumulators[a].EnsureCapacity(_hash.GroupCount);
                _accumulators[a].Merge(other._accumulators[a], mapping);
            }
            other._memory.SetBytes(0);
            _memory.SetBytes(EstimatedBytes());
        }

        public Page[] Finish(CancellationToken cancellationToken)
        {
            if (_hash.GroupCount == 0 && (_owner._keyChannels.Length == 0 || _owner._globalGroup is not null))
            {
                // Global aggregation (or the empty grouping set) yields one row even for empty input.
                var keys = new Vector[_owner._keyChannels.Length];
                for (int k = 0; k < keys.Length; k++)
                {
                    keys[k] = _owner._globalGroup is { } global && global.KeyIndex == k
                        ? new FlatVector<long>(SqlType.BigInt, [global.Id])
                        : Vector.NullVector(_owner._keyTypes[k], 1);
                }
                _hash.GetGroupIds(keys, 1, new int[1]);
            }
            int groupCount = _hash.GroupCount;
            for (int a = 0; a < _accumulators.Length; a++)
            {
                _accumulators[a].EnsureCapacity(groupCount);
                if (_ordered[a] is { } pages)
                {
                    FeedOrdered(a, pages, cancellationToken);
                }
            }
            Vector[] keyVectors = _hash.BuildKeys();
            var results = new Vector[_accumulators.Length];
            for (int a = 0; a < results.Length; a++)
            {
                VectorBuilder builder = VectorBuilder.Create(_owner._aggregates[a].ResultType, groupCount);
                for (int g = 0; g < groupCount; g++)
                {
                    if ((g & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                    _accumulators[a].Evaluate(g, builder);
                }
                results[a] = builder.Build();
            }
            var columns = keyVectors.Concat(results).ToArray();
            int pageSize = _owner._context.PageSize;
            var output = new List<Page>();
            for (int offset = 0; offset < groupCount; offset += pageSize)
            {
                int length = Math.Min(pageSize, groupCount - offset);
                output.Add(new Page(length, columns.Select(c => c.Slice(offset, length)).ToArray()));
            }
            return output.ToArray();
        }

        private void FeedOrdered(int aggregate, List<Page> pages, CancellationToken cancellationToken)
        {
            AggregateSpec spec = _owner._aggregates[aggregate];
            int argumentCount = spec.ArgumentChannels.Length;
            var types = pages[0].Columns.Select(c => c.Type).ToArray();
            var all = types.Select((t, c) => Vector.Concat(t, pages.Select(p => p[c]).ToArray()).Flatten()).ToArray();
            int rowCount = all[0].Count;
            var keys = new List<(int, bool, bool)> { (0, true, false) };
            for (int o = 0; o < spec.OrderBy.Length; o++)
            {
                keys.Add((1 + argumentCount + o, spec.OrderBy[o].Ascending, spec.OrderBy[o].NullsFirst));
            }
            int[] order = VectorOps.Identity(rowCount);
            var comparer = new RowComparer(all, keys);
            Array.Sort(order, comparer);
            cancellationToken.ThrowIfCancellationRequested();
            var groupIds = (FlatVector<int>)all[0];
            for (int offset = 0; offset < rowCount; offset += Page.DefaultMaxRowCount)
            {
                int length = Math.Min(Page.DefaultMaxRowCount, rowCount - offset);
                var positions = order.AsSpan(offset, length);
                var ids = new int[length];
                for (int i = 0; i < length; i++)
                {
                    ids[i] = groupIds.Values[positions[i]];
                }
                var arguments = new Vector[argumentCount];
                for (int i = 0; i < argumentCount; i++)
                {
                    arguments[i] = all[1 + i].Take(positions);
                }
                _accumulators[aggregate].Add(ids, arguments, length);
            }
        }

        private long EstimatedBytes()
        {
            long total = _hash.EstimatedBytes;
            foreach (IGroupedAccumulator accumulator in _accumulators)
            {
                total += accumulator.EstimatedBytes;
            }
            foreach (GroupByHash? distinct in _distinct)
            {
                total += distinct?.EstimatedBytes ?? 0;
            }
            foreach (List<Page>? pages in _ordered)
            {
                total += pages?.Sum(p => p.RetainedBytes) ?? 0;
            }
            return total;
        }
    }
}
