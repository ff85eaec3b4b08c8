using Manifold.Engine.Execution.Kernels;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Computes window functions: sorts all rows by partition and order keys, then processes one partition at a time.
/// Outputs the input columns (in that order) followed by one column per function. Blocking.</summary>
internal sealed class WindowOperator(
    IOperator input, SqlType[] types, int[] partitionChannels, (int Channel, bool Ascending, bool NullsFirst)[] orderKeys,
    WindowSpec[] functions, QueryContext context, MemoryContext memory) : IOperator
{
    private readonly MemoryContext _memory = memory;
    private IEnumerator<Page>? _output;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_output is null)
        {
            var buffer = new RowBuffer(types, _memory);
            while (await input.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                buffer.Add(page);
            }
            _output = Compute(buffer, cancellationToken).GetEnumerator();
        }
        return _output.MoveNext() ? _output.Current : null;
    }

    private IEnumerable<Page> Compute(RowBuffer buffer, CancellationToken cancellationToken)
    {
        Vector[] columns = buffer.Columns();
        int rowCount = buffer.RowCount;
        var sortKeys = partitionChannels.Select(c => (c, true, true)).Concat(orderKeys).ToArray();
        int[] order = RowBuffer.Sort(columns, rowCount, sortKeys, cancellationToken);
        var sorted = columns.Select(c => c.Take(order)).ToArray();
        var partitionComparer = new RowComparer(sorted, partitionChannels.Select(c => (c, true, true)).ToArray());
        var peerComparer = new RowComparer(sorted, orderKeys);
        var builders = functions.Select(f => VectorBuilder.Create(f.ResultType, rowCount)).ToArray();
        int start = 0;
        while (start < rowCount)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = start + 1;
            while (end < rowCount && partitionComparer.Compare(start, end) == 0)
            {
                end++;
            }
            ProcessPartition(sorted, start, end, peerComparer, builders);
            start = end;
        }
        var results = builders.Select(b => b.Build()).ToArray();
        var all = sorted.Concat(results).ToArray();
        return RowBuffer.Pages(all, Expressions.VectorOps.Identity(rowCount), context.PageSize);
    }

    private void ProcessPartition(Vector[] sorted, int start, int end, RowComparer peers, VectorBuilder[] builders)
    {
        int count = end - start;
        var positions = Expressions.VectorOps.Identity(count);
        for (int i = 0; i < count; i++)
        {
            positions[i] += start;
        }
        var peerStart = new int[count];
        var peerEnd = new int[count];
        int group = 0;
        for (int i = 1; i <= count; i++)
        {
            if (i == count || peers.Compare(start + group, start + i) != 0)
            {
                for (int j = group; j < i; j++)
                {
                    peerStart[j] = group;
                    peerEnd[j] = i;
                }
                group = i;
            }
        }
        for (int f = 0; f < functions.Length; f++)
        {
            WindowSpec function = functions[f];
            var arguments = function.ArgumentChannels.Select(c => sorted[c].Slice(start, count)).ToArray();
            var (frameStart, frameEnd) = Frames(function, sorted, start, count, peerStart, peerEnd, orderKeys);
            if (function.Kernel is { } kernel)
            {
                kernel.ProcessPartition(new WindowPartition(count, arguments, peerStart, peerEnd, frameStart, frameEnd, function.IgnoreNulls), builders[f]);
            }
            else
            {
                AggregateFrames(function.Aggregate!, arguments, count, frameStart, frameEnd, builders[f]);
            }
        }
    }

    /// <summary>Evaluates an aggregate over each row's frame, incrementally when frames only grow.</summary>
    private static void AggregateFrames(IAccumulatorFactory factory, Vector[] arguments, int count, int[] frameStart, int[] frameEnd, VectorBuilder output)
    {
        bool growing = true;
        for (int i = 0; i < count; i++)
        {
            if (frameStart[i] != 0 || (i > 0 && frameEnd[i] < frameEnd[i - 1]))
            {
                growing = false;
                break;
            }
        }
        if (growing)
        {
            IGroupedAccumulator accumulator = factory.Create();
            accumulator.EnsureCapacity(1);
            int added = 0;
            var zeros = new int[Math.Max(count, 1)];
            for (int i = 0; i < count; i++)
            {
                if (frameEnd[i] > added)
                {
                    int length = frameEnd[i] - added;
                    accumulator.Add(zeros.AsSpan(0, length), arguments.Select(a => a.Slice(added, length)).ToArray(), length);
                    added = frameEnd[i];
                }
                accumulator.Evaluate(0, output);
            }
            return;
        }
        // Sliding frames: one group per row, each fed its frame's rows.
        IGroupedAccumulator sliding = factory.Create();
        sliding.EnsureCapacity(count);
        var groupIds = new List<int>();
        var rows = new List<int>();
        for (int i = 0; i < count; i++)
        {
            for (int r = frameStart[i]; r < frameEnd[i]; r++)
            {
                groupIds.Add(i);
                rows.Add(r);
            }
            if (rows.Count >= 4096 || i == count - 1)
            {
                int[] taken = rows.ToArray();
                if (taken.Length > 0)
                {
                    sliding.Add(groupIds.ToArray(), arguments.Select(a => a.Take(taken)).ToArray(), taken.Length);
                }
                groupIds.Clear();
                rows.Clear();
            }
        }
        for (int i = 0; i < count; i++)
        {
            sliding.Evaluate(i, output);
        }
    }

    private static (int[] Start, int[] End) Frames(
        WindowSpec function, Vector[] sorted, int start, int count, int[] peerStart, int[] peerEnd, (int Channel, bool Ascending, bool NullsFirst)[] orderKeys)
    {
        WindowFrame frame = function.Frame;
        var frameStart = new int[count];
        var frameEnd = new int[count];
        // RANGE with offsets needs the (single) sort key; the planner checks there is exactly one.
        RangeFrameKeys? range = frame.Unit == WindowFrameUnit.Range
            && (frame.StartKind is WindowBoundKind.Preceding or WindowBoundKind.Following || frame.EndKind is WindowBoundKind.Preceding or WindowBoundKind.Following)
            ? new RangeFrameKeys(sorted[orderKeys[0].Channel], start, count, orderKeys[0].Ascending)
            : null;
        for (int i = 0; i < count; i++)
        {
            frameStart[i] = Bound(frame, frame.StartKind, function.StartOffsetChannel, isStart: true, sorted, start, i, count, peerStart, peerEnd, range);
            frameEnd[i] = Bound(frame, frame.EndKind, function.EndOffsetChannel, isStart: false, sorted, start, i, count, peerStart, peerEnd, range);
            if (frameEnd[i] < frameStart[i])
            {
                frameEnd[i] = frameStart[i];
            }
        }
        return (frameStart, frameEnd);
    }

    /// <summary>A frame bound as a partition index: the first row for a start bound, one past the last row for an end bound.</summary>
    private static int Bound(
        WindowFrame frame, WindowBoundKind kind, int offsetChannel, bool isStart, Vector[] sorted, int start, int row, int count,
        int[] peerStart, int[] peerEnd, RangeFrameKeys? range)
    {
        switch (kind)
        {
            case WindowBoundKind.UnboundedPreceding:
                return 0;
            case WindowBoundKind.UnboundedFollowing:
                return count;
            case WindowBoundKind.CurrentRow:
                return frame.Unit == WindowFrameUnit.Rows ? (isStart ? row : row + 1) : (isStart ? peerStart[row] : peerEnd[row]);
        }
        bool preceding = kind == WindowBoundKind.Preceding;
        if (frame.Unit == WindowFrameUnit.Range)
        {
            return range!.Bound(row, sorted[offsetChannel], start + row, preceding, isStart, peerStart, peerEnd);
        }
        long offset = Offset(sorted[offsetChannel], start + row);
        switch (frame.Unit)
        {
            case WindowFrameUnit.Rows:
            {
                long target = preceding ? row - offset : row + offset;
                long index = isStart ? target : target + 1;
                return (int)Math.Clamp(index, 0, count);
            }
            case WindowFrameUnit.Groups:
            {
                // Move whole peer groups.
                int current = row;
                long steps = offset;
                if (preceding)
                {
                    int groupStart = peerStart[current];
                    while (steps > 0 && groupStart > 0)
                    {
                        groupStart = peerStart[groupStart - 1];
                        steps--;
                    }
                    if (steps > 0)
                    {
                        return 0;
                    }
                    return isStart ? groupStart : peerEnd[groupStart];
                }
                int groupEnd = peerEnd[current];
                while (steps > 0 && groupEnd < count)
                {
                    groupEnd = peerEnd[groupEnd];
                    steps--;
                }
                if (steps > 0)
                {
                    return count;
                }
                return isStart ? peerStart[groupEnd - 1] : groupEnd;
            }
            default:
                throw new System.Diagnostics.UnreachableException("RANGE bounds are computed above");
        }
    }

    private static long Offset(Vector offsets, int row)
    {
        object? value = offsets.GetObject(row);
        long offset = value is null ? -1 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        if (offset < 0)
        {
            throw new ManifoldException(StandardErrorCode.InvalidWindowFrame, "Window frame offset value must not be negative or null");
        }
        return offset;
    }

    public void Dispose()
    {
        input.Dispose();
        _memory.SetBytes(0);
    }
}
