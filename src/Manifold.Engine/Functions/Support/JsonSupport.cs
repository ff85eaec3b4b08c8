using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Manifold.Engine.Functions.Support;

/// <summary>JSON helpers: canonical text (keys sorted, no blanks, as Trino stores json) and Trino's JSON path subset.</summary>
/// <remarks>Paths: <c>$</c>, <c>.name</c>, <c>["name"]</c>, <c>[index]</c>. Numbers keep their written form.</remarks>
internal static class JsonSupport
{
    private static readonly JsonWriterOptions s_writerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonDocumentOptions s_readerOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256 };

    /// <summary>Parses JSON text; false when it is not valid JSON.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out JsonDocument? document)
    {
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { MaxDepth = 256 });
            document = JsonDocument.ParseValue(ref reader);
            // Trailing garbage after the value is an error.
            if (reader.BytesConsumed != TrimEnd(text).Length)
            {
                document.Dispose();
                document = null;
                return false;
            }
            return true;
        }
        catch (JsonException)
        {
            document = null;
            return false;
        }
    }

    private static ReadOnlySpan<byte> TrimEnd(ReadOnlySpan<byte> text)
    {
        int end = text.Length;
        while (end > 0 && text[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            end--;
        }
        return text[..end];
    }

    /// <summary>Writes <paramref name="element"/> in canonical form into <paramref name="buffer"/>.</summary>
    public static void WriteCanonical(JsonElement element, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer, s_writerOptions);
        Write(writer, element);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                writer.WriteStartObject();
                var properties = new List<JsonProperty>();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    properties.Add(property);
                }
                properties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                foreach (JsonProperty property in properties)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            }
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>Follows a JSON path; false when the path does not lead to a value.</summary>
    public static bool TryFollow(JsonElement root, string path, out JsonElement result)
    {
        result = root;
        int i = 0;
        if (path.Length == 0 || path[0] != '$')
        {
            FunctionErrors.InvalidArgument($"Invalid JSON path: '{path}'");
        }
        i = 1;
        while (i < path.Length)
        {
            char c = path[i];
            if (c == '.')
            {
                int start = ++i;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }
                if (i == start)
                {
                    FunctionErrors.InvalidArgument($"Invalid JSON path: '{path}'");
                }
                if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(path.AsSpan(start, i - start), out result))
                {
                    return false;
                }
            }
            else if (c == '[')
            {
                int close = path.IndexOf(']', i);
                if (close < 0)
                {
                    FunctionErrors.InvalidArgument($"Invalid JSON path: '{path}'");
                }
                string inner = path[(i + 1)..close].Trim();
                i = close + 1;
                if (inner.Length >= 2 && (inner[0] == '"' || inner[0] == '\'') && inner[^1] == inner[0])
                {
                    if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty(inner[1..^1], out result))
                    {
                        return false;
                    }
                }
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    if (result.ValueKind != JsonValueKind.Array || index >= result.GetArrayLength())
                    {
                        return false;
                    }
                    result = result[index];
                }
                else
                {
                    FunctionErrors.InvalidArgument($"Invalid JSON path: '{path}'");
                }
            }
            else
            {
                FunctionErrors.InvalidArgument($"Invalid JSON path: '{path}'");
            }
        }
        return true;
    }

    /// <summary>The text of a scalar for json_extract_scalar: strings unquoted, numbers and booleans as written; null otherwise.</summary>
    public static string? ScalarText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    /// <summary>Decodes UTF-8 to a string (for paths).</summary>
    public static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
