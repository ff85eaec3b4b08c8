using System.Text.Json;
using System.Text.Json.Serialization;

namespace Manifold.Server.Protocol;

/// <summary>Writes pre-encoded rows as the <c>data</c> array without re-parsing them.</summary>
internal sealed class ResultRowsConverter : JsonConverter<ResultRows>
{
    public override ResultRows Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Result rows are only written");

    public override void Write(Utf8JsonWriter writer, ResultRows value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var (rows, start, end) in value.Parts)
        {
            rows.WriteTo(writer, start, end);
        }
        writer.WriteEndArray();
    }
}
