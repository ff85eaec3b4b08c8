using System.Text.Json.Serialization;

namespace Manifold.Server.Protocol;

/// <summary>One argument of a type signature: <c>{"kind":"LONG","value":12}</c>, <c>{"kind":"TYPE","value":{...}}</c> or
/// <c>{"kind":"NAMED_TYPE","value":{"fieldName":{"name":"x"},"typeSignature":{...}}}</c>.</summary>
[JsonConverter(typeof(ClientTypeSignatureParameterConverter))]
internal sealed record ClientTypeSignatureParameter
{
    public required string Kind { get; init; }
    public long? LongValue { get; init; }
    public ClientTypeSignature? TypeValue { get; init; }
    public NamedTypeSignature? NamedTypeValue { get; init; }

    public static ClientTypeSignatureParameter Long(long value) => new() { Kind = "LONG", LongValue = value };
    public static ClientTypeSignatureParameter Type(ClientTypeSignature value) => new() { Kind = "TYPE", TypeValue = value };
    public static ClientTypeSignatureParameter Named(NamedTypeSignature value) => new() { Kind = "NAMED_TYPE", NamedTypeValue = value };
}
