using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Manifold.Client.Protocol;

/// <summary>One <c>QueryResults</c> document (§4.1), kept as the raw UTF-8 body in a pooled buffer. Everything but
/// <c>data</c> is parsed up front; <c>data</c> is only located (<see cref="DataStart"/>, <see cref="DataEnd"/>) and its
/// rows are tokenized later by the reader, one at a time.</summary>
internal sealed class ResultPage : IDisposable
{
    private byte[]? _buffer;

    private ResultPage(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(ResultPage));
    public int Length { get; }

    /// <summary>Index of the <c>[</c> opening the data array, or -1 when the page has no rows.</summary>
    public int DataStart { get; private set; } = -1;

    /// <summary>Index of the <c>]</c> closing the data array.</summary>
    public int DataEnd { get; private set; }

    public bool HasData => DataStart >= 0;
    public string? Id { get; private set; }
    public string? InfoUri { get; private set; }
    public string? NextUri { get; private set; }
    public string? PartialCancelUri { get; private set; }
    public string? UpdateType { get; private set; }
    public long? UpdateCount { get; private set; }
    public IReadOnlyList<ColumnInfo>? Columns { get; private set; }
    public ManifoldQueryStats? Stats { get; private set; }
    public IReadOnlyList<ManifoldWarning>? Warnings { get; private set; }
    public ManifoldDbException? Error { get; private set; }

    /// <summary>Parses a document; <paramref name="buffer"/> (rented from the shared pool) is owned by the page from now on.</summary>
    /// <param name="buffer">The body.</param>
    /// <param name="length">Bytes of the body in <paramref name="buffer"/>.</param>
    /// <param name="needColumns">False when the columns are already known: later pages repeat them, and skipping saves time.</param>
    public static ResultPage Parse(byte[] buffer, int length, bool needColumns)
    {
        var page = new ResultPage(buffer, length);
        try
        {
            page.ParseDocument(needColumns);
        }
        catch
        {
            page.Dispose();
            throw;
        }
        return page;
    }

    private void ParseDocument(bool needColumns)
    {
        var reader = new Utf8JsonReader(Buffer.AsSpan(0, Length));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ManifoldDbException("The server's answer is not a JSON object");
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "id":
                    Id = reader.GetString();
                    break;
                case "infoUri":
                    InfoUri = reader.GetString();
                    break;
                case "nextUri":
                    NextUri = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "partialCancelUri":
                    PartialCancelUri = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "updateType":
                    UpdateType = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "updateCount":
                    UpdateCount = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
                    break;
                case "data":
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        int start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        if (reader.TokenStartIndex > start + 1)
                        {
                            DataStart = start;
                            DataEnd = (int)reader.TokenStartIndex;
                        }
                    }
                    else if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        throw new ManifoldDbException("The server answered with the spooling protocol's segments, which this client does not implement");
                    }
                    break;
                case "columns" when needColumns && reader.TokenType == JsonTokenType.StartArray:
                    Columns = ParseColumns(ref reader);
                    break;
                case "stats" when reader.TokenType == JsonTokenType.StartObject:
                    using (JsonDocument stats = JsonDocument.ParseValue(ref reader))
                    {
                        Stats = ParseStats(stats.RootElement);
                    }
                    break;
                case "error" when reader.TokenType == JsonTokenType.StartObject:
                    using (JsonDocument error = JsonDocument.ParseValue(ref reader))
                    {
                        Error = ParseError(error.RootElement, Id);
                    }
                    break;
                case "warnings" when reader.TokenType == JsonTokenType.StartArray:
                    using (JsonDocument warnings = JsonDocument.ParseValue(ref reader))
                    {
                        Warnings = ParseWarnings(warnings.RootElement);
                    }
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private static List<ColumnInfo> ParseColumns(ref Utf8JsonReader reader)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        var columns = new List<ColumnInfo>();
        foreach (JsonElement column in document.RootElement.EnumerateArray())
        {
            string typeName = column.GetProperty("type").GetString() ?? "unknown";
            ClientType type = column.TryGetProperty("typeSignature", out JsonElement signature)
                ? ClientType.Parse(signature)
                : ClientType.Parse(JsonDocument.Parse($"{{\"rawType\":{JsonSerializer.Serialize(typeName)},\"arguments\":[]}}").RootElement);
            columns.Add(new ColumnInfo(column.GetProperty("name").GetString() ?? "", typeName, type));
        }
        return columns;
    }

    internal static ManifoldQueryStats ParseStats(JsonElement stats)
    {
        static long Long(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        static int Int(JsonElement e, string name) => (int)Long(e, name);
        static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.True;
        return new ManifoldQueryStats(
            stats.TryGetProperty("state", out JsonElement state) ? state.GetString() ?? "" : "",
            Bool(stats, "queued"),
            Bool(stats, "scheduled"),
            Int(stats, "nodes"),
            Int(stats, "totalSplits"),
            Int(stats, "queuedSplits"),
            Int(stats, "runningSplits"),
            Int(stats, "completedSplits"),
            TimeSpan.FromMilliseconds(Long(stats, "cpuTimeMillis")),
            TimeSpan.FromMilliseconds(Long(stats, "wallTimeMillis")),
            TimeSpan.FromMilliseconds(Long(stats, "queuedTimeMillis")),
            TimeSpan.FromMilliseconds(Long(stats, "elapsedTimeMillis")),
            Long(stats, "processedRows"),
            Long(stats, "processedBytes"),
            Long(stats, "physicalInputBytes"),
            Long(stats, "peakMemoryBytes"),
            Long(stats, "spilledBytes"),
            stats.TryGetProperty("progressPercentage", out JsonElement progress) && progress.ValueKind == JsonValueKind.Number ? progress.GetDouble() : null);
    }

    internal static ManifoldDbException ParseError(JsonElement error, string? queryId)
    {
        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? line = null, column = null;
        if (error.TryGetProperty("errorLocation", out JsonElement location) && location.ValueKind == JsonValueKind.Object)
        {
            line = location.TryGetProperty("lineNumber", out JsonElement l) ? l.GetInt32() : null;
            column = location.TryGetProperty("columnNumber", out JsonElement c) ? c.GetInt32() : null;
        }
        string? failureType = error.TryGetProperty("failureInfo", out JsonElement failure) && failure.ValueKind == JsonValueKind.Object ? Text(failure, "type") : null;
        int? code = error.TryGetProperty("errorCode", out JsonElement codeElement) && codeElement.ValueKind == JsonValueKind.Number ? codeElement.GetInt32() : null;
        string message = Text(error, "message") ?? $"Query failed: {Text(error, "errorName") ?? "unknown error"}";
        return new ManifoldDbException(message, queryId, code, Text(error, "errorName"), Text(error, "errorType"), line, column, Text(error, "sqlState"), failureType)
        {
            QueryId = queryId,
        };
    }

    private static List<ManifoldWarning> ParseWarnings(JsonElement warnings)
    {
        var result = new List<ManifoldWarning>();
        foreach (JsonElement warning in warnings.EnumerateArray())
        {
            JsonElement code = warning.GetProperty("warningCode");
            result.Add(new ManifoldWarning(
                code.TryGetProperty("code", out JsonElement number) ? number.GetInt32() : 0,
                code.TryGetProperty("name", out JsonElement name) ? name.GetString() ?? "" : "",
                warning.TryGetProperty("message", out JsonElement message) ? message.GetString() ?? "" : ""));
        }
        return result;
    }

    /// <summary>Raised once when the buffer goes back to the pool.</summary>
    public event Action? Disposed;

    public void Dispose()
    {
        byte[]? buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            PageBuffers.Pool.Return(buffer);
            Disposed?.Invoke();
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"page of {Id}: {Length} bytes");
}
