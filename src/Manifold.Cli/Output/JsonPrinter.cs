using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>The JSON format: one object per row and line, <c>{"column":value,…}</c>, without spaces.</summary>
internal sealed class JsonPrinter : IOutputPrinter
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IReadOnlyList<ResultColumn> _columns;
    private readonly TextWriter _writer;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public JsonPrinter(IReadOnlyList<ResultColumn> columns, TextWriter writer)
    {
        _columns = columns;
        _writer = writer;
        _json = new Utf8JsonWriter(_buffer, s_options);
    }

    public void PrintBatch(IResultBatch batch)
    {
        for (int row = 0; row < batch.RowCount; row++)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            _json.WriteStartObject();
            for (int c = 0; c < _columns.Count; c++)
            {
                _json.WritePropertyName(_columns[c].Name);
                batch.WriteJson(_json, c, row);
            }
            _json.WriteEndObject();
            _json.Flush();
            _writer.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _writer.Write('\n');
        }
    }

    public void Finish()
    {
    }
}
