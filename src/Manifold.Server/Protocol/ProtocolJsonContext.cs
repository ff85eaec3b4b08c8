using System.Text.Json.Serialization;

namespace Manifold.Server.Protocol;

/// <summary>Source-generated JSON for every protocol document: camelCase, null members left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(QueryResults))]
[JsonSerializable(typeof(ClientTypeSignature))]
[JsonSerializable(typeof(NamedTypeSignature))]
[JsonSerializable(typeof(ServerInfo))]
[JsonSerializable(typeof(NodeStatus))]
[JsonSerializable(typeof(IReadOnlyList<NodeInfo>))]
[JsonSerializable(typeof(IReadOnlyList<BasicQueryInfo>))]
[JsonSerializable(typeof(QueryInfo))]
[JsonSerializable(typeof(StageInfo))]
[JsonSerializable(typeof(ClusterStats))]
[JsonSerializable(typeof(ResourceGroupState))]
[JsonSerializable(typeof(string))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
