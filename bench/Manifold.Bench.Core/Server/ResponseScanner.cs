using System.Text.Json;

namespace Manifold.Bench.Server;

/// <summary>Reads one <c>QueryResults</c> document as it arrives, chunk by chunk, with <see cref="Utf8JsonReader"/>:
/// every token of every row is read and validated (nothing is converted to .NET values or kept), rows are counted, and
/// <c>id</c>, <c>nextUri</c>, <c>stats.state</c>, <c>stats.queuedTimeMillis</c> and <c>error.message</c> are picked up.</summary>
public sealed class ResponseScanner
{
    private enum Top { Other, Id, NextUri, Data, Stats, Error }

    private enum Inner { Other, State, QueuedTimeMillis, Message }

    private JsonReaderState _state;
    private Top _top;
    private Inner _inner;

    /// <summary>Rows in <c>data</c> so far.</summary>
    public long Rows { get; private set; }

    /// <summary>The query id.</summary>
    public string? Id { get; private set; }

    /// <summary>The next URI; null on the final document.</summary>
    public string? NextUri { get; private set; }

    /// <summary><c>stats.state</c>, e.g. QUEUED, RUNNING, FINISHED, FAILED.</summary>
    public string? State { get; private set; }

    /// <summary><c>stats.queuedTimeMillis</c>: the server's time from submission until execution started.</summary>
    public long QueuedTimeMillis { get; private set; }

    /// <summary><c>error.message</c> when the query failed.</summary>
    public string? Error { get; private set; }

    /// <summary>True once the document's closing brace was read.</summary>
    public bool Complete { get; private set; }

    /// <summary>Forgets the previous document.</summary>
    public void Reset()
    {
        _state = default;
        _top = Top.Other;
        _inner = Inner.Other;
        Rows = 0;
        Id = null;
        NextUri = null;
        State = null;
        QueuedTimeMillis = 0;
        Error = null;
        Complete = false;
    }

    /// <summary>Reads as many whole tokens of <paramref name="buffer"/> as it can.</summary>
    /// <returns>The bytes consumed; the rest must be passed again, followed by more input.</returns>
    public int Scan(ReadOnlySpan<byte> buffer, bool isFinalBlock)
    {
        if (Complete)
        {
            return buffer.Length;
        }
        var reader = new Utf8JsonReader(buffer, isFinalBlock, _state);
        while (reader.Read())
        {
            int depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when depth == 1:
                    _top = reader.ValueTextEquals("data"u8) ? Top.Data
                        : reader.ValueTextEquals("nextUri"u8) ? Top.NextUri
                        : reader.ValueTextEquals("stats"u8) ? Top.Stats
                        : reader.ValueTextEquals("error"u8) ? Top.Error
                        : reader.ValueTextEquals("id"u8) ? Top.Id
                        : Top.Other;
                    _inner = Inner.Other;
                    break;
                case JsonTokenType.PropertyName when depth == 2:
                    _inner = _top == Top.Stats && reader.ValueTextEquals("state"u8) ? Inner.State
                        : _top == Top.Stats && reader.ValueTextEquals("queuedTimeMillis"u8) ? Inner.QueuedTimeMillis
                        : _top == Top.Error && reader.ValueTextEquals("message"u8) ? Inner.Message
                        : Inner.Other;
                    break;
                case JsonTokenType.StartArray when depth == 2 && _top == Top.Data:
                    Rows++;
                    break;
                case JsonTokenType.String when depth == 1:
                    if (_top == Top.NextUri)
                    {
                        NextUri = reader.GetString();
                    }
                    else if (_top == Top.Id)
                    {
                        Id = reader.GetString();
                    }
                    break;
                case JsonTokenType.String when depth == 2:
                    if (_inner == Inner.State)
                    {
                        State = reader.GetString();
                    }
                    else if (_inner == Inner.Message)
                    {
                        Error = reader.GetString();
                    }
                    break;
                case JsonTokenType.Number when depth == 2 && _inner == Inner.QueuedTimeMillis:
                    QueuedTimeMillis = reader.GetInt64();
                    break;
                case JsonTokenType.EndObject when depth == 0:
                    Complete = true;
                    return buffer.Length;
                default:
                    break;
            }
        }
        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }
}
