using System.Text.Json;
using System.Text.Json.Serialization;

namespace Manifold.Server.Protocol;

/// <summary>Writes a signature argument with its value in the shape its kind asks for. Reading is not needed by the
/// server.</summary>
internal sealed class ClientTypeSignatureParameterConverter : JsonConverter<ClientTypeSignatureParameter>
{
    public override ClientTypeSignatureParameter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Type signatures are only written");

    public override void Write(Utf8JsonWriter writer, ClientTypeSignatureParameter value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind);
        writer.WritePropertyName("value");
        if (value.LongValue is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else if (value.TypeValue is { } type)
        {
            JsonSerializer.Serialize(writer, type, ProtocolJsonContext.Default.ClientTypeSignature);
        }
        else if (value.NamedTypeValue is { } named)
        {
            JsonSerializer.Serialize(writer, named, ProtocolJsonContext.Default.NamedTypeSignature);
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WriteEndObject();
    }
}
