using System.Globalization;
using System.Text;
using System.Text.Json;
using Manifold.Client;
using Manifold.Spi.Types;

namespace Manifold.Cli.Sql;

/// <summary>Rows received from a server as an <see cref="IResultBatch"/>. Values keep the server's text (dates,
/// decimals and doubles exactly as sent); arrays, maps and rows arrive as JSON and are displayed as the Trino CLI does
/// (<c>[1, 2]</c>, <c>{a=1}</c>, <c>{x=1, y=abc}</c>), varbinary as hex pairs: the same text as the embedded engine's
/// <see cref="PageBatch"/>.</summary>
internal sealed class RemoteBatch(SqlType[] types) : IResultBatch
{
    private readonly List<string?[]> _rows = [];

    public int RowCount => _rows.Count;

    public void Clear() => _rows.Clear();

    /// <summary>Copies the reader's current row (its text per column; null for SQL NULL).</summary>
    public void Add(ManifoldDataReader reader)
    {
        var row = new string?[types.Length];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
        }
        _rows.Add(row);
    }

    public bool IsNull(int column, int row) => _rows[row][column] is null;

    public string GetText(int column, int row)
    {
        string? raw = _rows[row][column];
        if (raw is null)
        {
            return SqlValueFormatter.NullText;
        }
        SqlType type = types[column];
        if (type.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Row)
        {
            using JsonDocument document = JsonDocument.Parse(raw);
            var text = new StringBuilder();
            AppendDisplay(text, type, document.RootElement);
            return text.ToString();
        }
        return type.Kind == TypeKind.Varbinary ? HexPairs(raw) : raw;
    }

    public void WriteJson(Utf8JsonWriter writer, int column, int row)
    {
        string? raw = _rows[row][column];
        if (raw is null)
        {
            writer.WriteNullValue();
            return;
        }
        SqlType type = types[column];
        if (type.Kind is TypeKind.Array or TypeKind.Map or TypeKind.Row)
        {
            using JsonDocument document = JsonDocument.Parse(raw);
            WriteJson(writer, type, document.RootElement);
            return;
        }
        WriteScalarJson(writer, type, type.Kind == TypeKind.Varbinary ? HexPairs(raw) : raw);
    }

    private static void AppendDisplay(StringBuilder text, SqlType type, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            text.Append(SqlValueFormatter.NullText);
            return;
        }
        switch (type)
        {
            case ArrayType array:
                {
                    text.Append('[');
                    bool first = true;
                    foreach (JsonElement element in value.EnumerateArray())
                    {
                        text.Append(first ? "" : ", ");
                        first = false;
                        AppendDisplay(text, array.Element, element);
                    }
                    text.Append(']');
                    return;
                }
            case MapType map:
                {
                    text.Append('{');
                    bool first = true;
                    foreach (JsonProperty entry in value.EnumerateObject())
                    {
                        text.Append(first ? "" : ", ");
                        first = false;
                        text.Append(map.Key.Kind == TypeKind.Varbinary ? HexPairs(entry.Name) : entry.Name).Append('=');
                        AppendDisplay(text, map.Value, entry.Value);
                    }
                    text.Append('}');
                    return;
                }
            case RowType row:
                {
                    text.Append('{');
                    int i = 0;
                    foreach (JsonElement field in value.EnumerateArray())
                    {
                        text.Append(i > 0 ? ", " : "");
                        RowField definition = row.Fields[i++];
                        if (definition.Name is { } name)
                        {
                            text.Append(name).Append('=');
                        }
                        AppendDisplay(text, definition.Type, field);
                    }
                    text.Append('}');
                    return;
                }
            default:
                string scalar = Scalar(value);
                text.Append(type.Kind == TypeKind.Varbinary ? HexPairs(scalar) : scalar);
                return;
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, SqlType type, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            writer.WriteNullValue();
            return;
        }
        switch (type)
        {
            case ArrayType array:
                writer.WriteStartArray();
                foreach (JsonElement element in value.EnumerateArray())
                {
                    WriteJson(writer, array.Element, element);
                }
                writer.WriteEndArray();
                return;
            case MapType map:
                writer.WriteStartObject();
                foreach (JsonProperty entry in value.EnumerateObject())
                {
                    writer.WritePropertyName(entry.Name);
                    WriteJson(writer, map.Value, entry.Value);
                }
                writer.WriteEndObject();
                return;
            case RowType row:
                {
                    bool named = row.Fields.All(f => f.Name is not null);
                    if (named)
                    {
                        writer.WriteStartObject();
                    }
                    else
                    {
                        writer.WriteStartArray();
                    }
                    int i = 0;
                    foreach (JsonElement field in value.EnumerateArray())
                    {
                        RowField definition = row.Fields[i++];
                        if (named)
                        {
                            writer.WritePropertyName(definition.Name!);
                        }
                        WriteJson(writer, definition.Type, field);
                    }
                    if (named)
                    {
                        writer.WriteEndObject();
                    }
                    else
                    {
                        writer.WriteEndArray();
                    }
                    return;
                }
            default:
                string scalar = Scalar(value);
                WriteScalarJson(writer, type, type.Kind == TypeKind.Varbinary ? HexPairs(scalar) : scalar);
                return;
        }
    }

    /// <summary>As <see cref="PageBatch"/>: numbers and booleans as JSON literals, everything else as strings.</summary>
    private static void WriteScalarJson(Utf8JsonWriter writer, SqlType type, string text)
    {
        switch (type.Kind)
        {
            case TypeKind.Boolean:
                writer.WriteBooleanValue(text == "true");
                return;
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
                writer.WriteRawValue(text, skipInputValidation: false);
                return;
            case TypeKind.Real or TypeKind.Double when text is not ("NaN" or "Infinity" or "-Infinity"):
                writer.WriteRawValue(text, skipInputValidation: false);
                return;
            default:
                writer.WriteStringValue(text);
                return;
        }
    }

    /// <summary>A scalar's text: strings as they are, numbers and booleans as written.</summary>
    private static string Scalar(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>Base64 (how the protocol sends varbinary) as the Trino CLI shows it: <c>61 62 63</c>.</summary>
    private static string HexPairs(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return base64;
        }
        var text = new StringBuilder(bytes.Length * 3);
        foreach (byte b in bytes)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
