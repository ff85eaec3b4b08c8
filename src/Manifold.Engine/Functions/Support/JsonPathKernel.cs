using System.Buffers;
using System.Text;
using System.Text.Json;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>json_extract, json_extract_scalar, json_size and json_array_length: parse, follow a path, answer.</summary>
/// <remarks>Malformed JSON input gives NULL, as in Trino; a malformed path is INVALID_FUNCTION_ARGUMENT.</remarks>
internal sealed class JsonPathKernel(SqlType returnType, JsonPathKernel.Mode mode) : ScalarKernel(returnType)
{
    /// <summary>What to return.</summary>
    public enum Mode
    {
        /// <summary>The JSON value at the path.</summary>
        Extract,
        /// <summary>The scalar at the path as varchar.</summary>
        ExtractScalar,
        /// <summary>The size of the object or array at the path (0 for scalars).</summary>
        Size,
        /// <summary>The length of the array (no path).</summary>
        ArrayLength,
    }

    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader input = BytesReader.Of(arguments[0]);
        BytesReader paths = arguments.Count > 1 ? BytesReader.Of(arguments[1]) : default;
        ulong[]? nulls = NullMask.Union(arguments, rowCount);
        bool bytesResult = mode is Mode.Extract or Mode.ExtractScalar;
        var text = bytesResult ? new BytesVectorBuilder(ReturnType, rowCount) : null;
        var numbers = bytesResult ? default : new FixedResult<long>(rowCount, nulls);
        var buffer = new ArrayBufferWriter<byte>();
        string path = "$";
        byte[] lastPath = [];
        for (int row = 0; row < rowCount; row++)
        {
            if (NullMask.IsSet(nulls, row))
            {
                text?.AppendNull();
                continue;
            }
            if (arguments.Count > 1 && !paths[row].SequenceEqual(lastPath))
            {
                lastPath = paths[row].ToArray();
                path = Encoding.UTF8.GetString(lastPath);
            }
            if (!JsonSupport.TryParse(input[row], out JsonDocument? document))
            {
                SetNull(text, ref numbers, row);
                continue;
            }
            using (document)
            {
                if (!JsonSupport.TryFollow(document!.RootElement, path, out JsonElement found))
                {
                    SetNull(text, ref numbers, row);
                    continue;
                }
                switch (mode)
                {
                    case Mode.Extract:
                        JsonSupport.WriteCanonical(found, buffer);
                        text!.Append(buffer.WrittenSpan);
                        break;
                    case Mode.ExtractScalar:
                        if (JsonSupport.ScalarText(found) is { } scalar)
                        {
                            text!.Append(scalar);
                        }
                        else
                        {
                            text!.AppendNull();
                        }
                        break;
                    case Mode.Size:
                        numbers.Values[row] = found.ValueKind switch
                        {
                            JsonValueKind.Array => found.GetArrayLength(),
                            JsonValueKind.Object => CountProperties(found),
                            _ => 0,
                        };
                        break;
                    case Mode.ArrayLength:
                        if (found.ValueKind == JsonValueKind.Array)
                        {
                            numbers.Values[row] = found.GetArrayLength();
                        }
                        else
                        {
                            numbers.SetNull(row);
                        }
                        break;
                }
            }
        }
        return bytesResult ? text!.Build() : numbers.Build(SqlType.BigInt);
    }

    private static void SetNull(BytesVectorBuilder? text, ref FixedResult<long> numbers, int row)
    {
        if (text is not null)
        {
            text.AppendNull();
        }
        else
        {
            numbers.SetNull(row);
        }
    }

    private static long CountProperties(JsonElement element)
    {
        long count = 0;
        foreach (JsonProperty _ in element.EnumerateObject())
        {
            count++;
        }
        return count;
    }
}
