using Manifold.Client;
using Manifold.Spi.Types;

namespace Manifold.Cli.Sql;

/// <summary>A statement running on a server, read through <see cref="ManifoldDataReader"/> in batches of the rows that
/// have arrived (a batch never waits for the next page when it already holds rows, so output streams).</summary>
internal sealed class RemoteStatementResult : IStatementResult
{
    private const int MaxBatchRows = 4096;

    private readonly ManifoldCommand _command;
    private readonly ManifoldDataReader _reader;
    private readonly RemoteBatch _batch;
    private Task<bool>? _pendingRead;

    public RemoteStatementResult(ManifoldCommand command, ManifoldDataReader reader)
    {
        _command = command;
        _reader = reader;
        var columns = new ResultColumn[reader.FieldCount];
        var types = new SqlType[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            string typeName = reader.GetDataTypeName(i);
            types[i] = ParseType(typeName);
            columns[i] = new ResultColumn(reader.GetName(i), typeName, types[i].IsNumeric, types[i].Kind == TypeKind.Varbinary);
        }
        // A statement with an update type (USE, INSERT, …) reports it; the protocol's synthetic result/rows column is
        // not shown, as in the Trino CLI and the embedded engine.
        Columns = reader.UpdateType is not null ? [] : columns;
        _batch = new RemoteBatch(types);
    }

    public string QueryId => _reader.QueryId ?? "";

    public IReadOnlyList<ResultColumn> Columns { get; }

    public string? UpdateType => _reader.UpdateType;

    public long? UpdateCount => _reader.UpdateCount;

    public IReadOnlyList<string> Warnings => _reader.Warnings.Select(w => w.Message).ToArray();

    public StatementProgress Progress => RemoteStatementExecutor.ToProgress(_reader.Stats);

    public async ValueTask<IResultBatch?> NextBatchAsync(CancellationToken cancellationToken)
    {
        _batch.Clear();
        try
        {
            while (_batch.RowCount < MaxBatchRows)
            {
                Task<bool> read = _pendingRead ?? _reader.ReadAsync(cancellationToken);
                _pendingRead = null;
                if (!read.IsCompleted && _batch.RowCount > 0)
                {
                    _pendingRead = read;   // the next page is on its way: print what arrived first
                    break;
                }
                if (!await read.ConfigureAwait(false))
                {
                    break;
                }
                _batch.Add(_reader);
            }
        }
        catch (ManifoldDbException e)
        {
            throw RemoteStatementExecutor.Failed(e);
        }
        return _batch.RowCount > 0 ? _batch : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_pendingRead is not null)
        {
            try
            {
                await _pendingRead.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The statement is being abandoned; its failure no longer matters.
            }
        }
        await _reader.DisposeAsync().ConfigureAwait(false);
        await _command.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The type of a column; types this CLI does not know print as text.</summary>
    private static SqlType ParseType(string name)
    {
        try
        {
            return SqlType.Parse(name);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return SqlType.Varchar;
        }
    }
}
