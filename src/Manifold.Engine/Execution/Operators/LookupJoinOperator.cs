using Manifold.Engine.Execution.Expressions;
using Manifold.Engine.Execution.Kernels;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Probes a shared join hash table with each input page: inner, left, right, full, semi, anti and mark joins, with an
/// optional extra condition evaluated on candidate pairs. With no keys it is a nested-loop join.</summary>
/// <remarks>Streaming on the probe side; preserves probe order for inner/left/semi/anti/mark. The filter sees the probe
/// channels followed by the build channels.</remarks>
internal sealed class LookupJoinOperator : IOperator
{
    private const int ChunkSize = 4096;

    private readonly IOperator _probe;
    private readonly JoinBridge _bridge;
    private readonly JoinType _type;
    private readonly int[] _probeKeyChannels;
    private readonly VectorEvaluator? _filter;
    private readonly HashSet<int> _filterChannels;
    private readonly int[] _probeOutputs;
    private readonly int[] _buildOutputs;
    private readonly bool _nullAware;
    private readonly bool _nullAwareFilter;
    private readonly QueryContext _context;
    private JoinHashTable? _table;
    private JoinProber? _prober;
    private Page? _page;
    private int _row;
    private int _candidate;
    private bool[] _matched = [];
    private bool[] _maybeNull = [];
    private bool _probeDone;
    private bool _unmatchedDone;
    private int _unmatchedNext;
    private readonly List<int> _probeIndexes = [];
    private readonly List<int> _buildIndexes = [];

    public LookupJoinOperator(
        IOperator probe, JoinBridge bridge, JoinType type, int[] probeKeyChannels, VectorEvaluator? filter,
        int[] probeOutputs, int[] buildOutputs, bool nullAware, QueryContext context, bool nullAwareFilter = false)
    {
        _probe = probe;
        _bridge = bridge;
        _type = type;
        _probeKeyChannels = probeKeyChannels;
        _filter = filter;
        _filterChannels = filter?.Channels() ?? [];
        _probeOutputs = probeOutputs;
        _buildOutputs = buildOutputs;
        _nullAware = nullAware;
        _nullAwareFilter = nullAwareFilter;
        _context = context;
    }

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        _table ??= await _bridge.GetTableAsync(cancellationToken).ConfigureAwait(false);
        _prober ??= _table.CreateProber();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_page is null)
            {
                if (_probeDone)
                {
                    return EmitUnmatchedBuildRows();
                }
                Page? next = await _probe.NextAsync(cancellationToken).ConfigureAwait(false);
                if (next is null)
                {
                    _probeDone = true;
                    if (_type is JoinType.Right or JoinType.Full or JoinType.RightSemi or JoinType.RightAnti && !_bridge.FinishProbe())
                    {
                        _unmatchedDone = true;
                    }
                    continue;
                }
                if (next.RowCount == 0 || (_table.RowCount == 0 && _type is JoinType.Inner or JoinType.Right or JoinType.Semi or JoinType.RightSemi or JoinType.RightAnti))
                {
                    continue;
                }
                StartPage(next);
            }
            Page? output = ProcessChunk();
            if (output is not null && output.RowCount > 0)
            {
                return output;
            }
        }
    }

    private void StartPage(Page page)
    {
        _page = page;
        _row = 0;
        _candidate = -2;
        if (_matched.Length < page.RowCount)
        {
            _matched = new bool[page.RowCount];
            _maybeNull = new bool[page.RowCount];
        }
        Array.Clear(_matched, 0, page.RowCount);
        Array.Clear(_maybeNull, 0, page.RowCount);
        var keys = new Vector[_probeKeyChannels.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = page[_probeKeyChannels[i]];
        }
        _prober!.SetPage(keys, page.RowCount);
    }

    /// <summary>Collects up to a chunk of candidate pairs, applies the filter, and returns the output they produce (and, at
    /// the end of the page, the rows whose outcome depends on the whole page).</summary>
    private Page? ProcessChunk()
    {
        Page page = _page!;
        bool existenceOnly = _type is JoinType.Semi or JoinType.Anti or JoinType.Mark;
        _probeIndexes.Clear();
        _buildIndexes.Clear();
        int limit = _filter is null && !existenceOnly ? _context.PageSize : ChunkSize;
        while (_row < page.RowCount && _probeIndexes.Count < limit)
        {
            if (existenceOnly && _matched[_row])
            {
                _row++;
                _candidate = -2;
                continue;
            }
            if (_candidate == -2)
            {
                _candidate = _prober!.First(_row);
            }
            if (_candidate >= 0)
            {
                _probeIndexes.Add(_row);
                _buildIndexes.Add(_candidate);
                if (existenceOnly && _filter is null)
                {
                    _matched[_row] = true;
                    _row++;
                    _candidate = -2;
                    continue;
                }
                _candidate = _prober!.Next(_candidate, _row);
            }
            else
            {
                _row++;
                _candidate = -2;
            }
        }
        int[] probeIndexes = _probeIndexes.ToArray();
        int[] buildIndexes = _buildIndexes.ToArray();
        if (_filter is not null && probeIndexes.Length > 0)
        {
            (probeIndexes, buildIndexes) = ApplyFilter(page, probeIndexes, buildIndexes);
        }
        foreach (int row in probeIndexes)
        {
            _matched[row] = true;
        }
        if (_type is JoinType.Right or JoinType.Full or JoinType.RightSemi or JoinType.RightAnti)
        {
            byte[] visited = _bridge.Visited;
            foreach (int build in buildIndexes)
            {
                visited[build] = 1;
            }
        }
        bool pageDone = _row >= page.RowCount;
        Page? output = _type switch
        {
            JoinType.Inner or JoinType.Right => Pairs(page, probeIndexes, buildIndexes),
            JoinType.Left or JoinType.Full => pageDone ? WithUnmatchedProbeRows(page, probeIndexes, buildIndexes) : Pairs(page, probeIndexes, buildIndexes),
            JoinType.RightSemi or JoinType.RightAnti => null,
            _ => pageDone ? Existence(page) : null,
        };
        if (pageDone)
        {
            _page = null;
        }
        return output;
    }

    private (int[], int[]) ApplyFilter(Page page, int[] probeIndexes, int[] buildIndexes)
    {
        var columns = new Vector[page.ColumnCount + _table!.Columns.Length];
        for (int c = 0; c < page.ColumnCount; c++)
        {
            columns[c] = _filterChannels.Contains(c) ? page[c].Take(probeIndexes) : Vector.NullVector(page[c].Type, probeIndexes.Length);
        }
        for (int c = 0; c < _table.Columns.Length; c++)
        {
            int channel = page.ColumnCount + c;
            columns[channel] = _filterChannels.Contains(channel)
                ? _table.Columns[c].Take(buildIndexes)
                : Vector.NullVector(_table.Columns[c].Type, buildIndexes.Length);
        }
        var candidates = new Page(probeIndexes.Length, columns);
        Vector result = _filter!.Evaluate(candidates, _context);
        var (values, nulls) = VectorOps.Booleans(result);
        int kept = 0;
        for (int i = 0; i < probeIndexes.Length; i++)
        {
            bool isNull = nulls is not null && Bitmap.Get(nulls, i);
            if (values[i] && !isNull)
            {
                probeIndexes[kept] = probeIndexes[i];
                buildIndexes[kept++] = buildIndexes[i];
            }
            else if (isNull && _nullAware)
            {
                _maybeNull[probeIndexes[i]] = true;
            }
        }
        return (probeIndexes[..kept], buildIndexes[..kept]);
    }

    private Page Pairs(Page page, int[] probeIndexes, int[] buildIndexes)
    {
        var columns = new Vector[_probeOutputs.Length + _buildOutputs.Length];
        for (int i = 0; i < _probeOutputs.Length; i++)
        {
            columns[i] = page[_probeOutputs[i]].Take(probeIndexes);
        }
        for (int i = 0; i < _buildOutputs.Length; i++)
        {
            columns[_probeOutputs.Length + i] = VectorOps.TakeOrNull(_table!.Columns[_buildOutputs[i]], buildIndexes);
        }
        return new Page(probeIndexes.Length, columns);
    }

    /// <summary>The matched pairs of the last chunk plus, for every probe row of the page without a match, the row with
    /// NULLs on the build side. Rows keep probe order only within each part.</summary>
    private Page WithUnmatchedProbeRows(Page page, int[] probeIndexes, int[] buildIndexes)
    {
        var probe = new List<int>(probeIndexes);
        var build = new List<int>(buildIndexes);
        for (int row = 0; row < page.RowCount; row++)
        {
            if (!_matched[row])
            {
                probe.Add(row);
                build.Add(-1);
            }
        }
        return Pairs(page, probe.ToArray(), build.ToArray());
    }

    private Page Existence(Page page)
    {
        if (_type == JoinType.Mark)
        {
            int count = page.RowCount;
            var marks = new bool[count];
            ulong[]? nulls = null;
            bool buildEmpty = _table!.RowCount == 0;
            for (int row = 0; row < count; row++)
            {
                marks[row] = _matched[row];
                // A NULL key counts only when the keys are the IN comparison; a correlated IN compares in the filter.
                bool unknown = !_matched[row] && _nullAware && !buildEmpty
                    && ((!_nullAwareFilter && (_prober!.IsNullKey(row) || _table.HasNullKey)) || _maybeNull[row]);
                if (unknown)
                {
                    nulls ??= Bitmap.Allocate(count);
                    Bitmap.Set(nulls, row);
                }
            }
            var columns = new Vector[_probeOutputs.Length + 1];
            for (int i = 0; i < _probeOutputs.Length; i++)
            {
                columns[i] = page[_probeOutputs[i]];
            }
            columns[^1] = new FlatVector<bool>(SqlType.Boolean, marks, nulls, count);
            return new Page(count, columns);
        }
        bool wanted = _type == JoinType.Semi;
        var selected = new List<int>();
        for (int row = 0; row < page.RowCount; row++)
        {
            if (_matched[row] == wanted)
            {
                selected.Add(row);
            }
        }
        int[] positions = selected.ToArray();
        return new Page(positions.Length, _probeOutputs.Select(c => page[c].Take(positions)).ToArray());
    }

    /// <summary>After the last probe worker finished: the build rows nobody matched (RIGHT/FULL, RIGHT ANTI, with NULLs on
    /// the probe side) or the ones somebody matched (RIGHT SEMI).</summary>
    private Page? EmitUnmatchedBuildRows()
    {
        if (_type is not (JoinType.Right or JoinType.Full or JoinType.RightSemi or JoinType.RightAnti) || _unmatchedDone || _table!.RowCount == 0)
        {
            return null;
        }
        byte wanted = _type == JoinType.RightSemi ? (byte)1 : (byte)0;
        byte[] visited = _bridge.Visited;
        var rows = new List<int>();
        while (_unmatchedNext < _table.RowCount && rows.Count < _context.PageSize)
        {
            if (visited[_unmatchedNext] == wanted)
            {
                rows.Add(_unmatchedNext);
            }
            _unmatchedNext++;
        }
        if (_unmatchedNext >= _table.RowCount)
        {
            _unmatchedDone = true;
        }
        int[] build = rows.ToArray();
        var columns = new Vector[_probeOutputs.Length + _buildOutputs.Length];
        for (int i = 0; i < _probeOutputs.Length; i++)
        {
            columns[i] = Vector.NullVector(_probeTypes![i], build.Length);
        }
        for (int i = 0; i < _buildOutputs.Length; i++)
        {
            columns[_probeOutputs.Length + i] = _table.Columns[_buildOutputs[i]].Take(build);
        }
        return new Page(build.Length, columns);
    }

    private SqlType[]? _probeTypes;

    /// <summary>The types of the probe output columns (needed to emit NULL probe sides for RIGHT/FULL joins).</summary>
    public SqlType[] ProbeOutputTypes
    {
        init => _probeTypes = value;
    }

    public void Dispose() => _probe.Dispose();
}
