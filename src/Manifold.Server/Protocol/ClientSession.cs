using System.Collections.Immutable;

namespace Manifold.Server.Protocol;

/// <summary>Everything a <c>POST /v1/statement</c> says about its session, parsed from the request headers
/// (client-protocol.md §6.1).</summary>
internal sealed record ClientSession
{
    public required ProtocolHeaders Headers { get; init; }
    public required string User { get; init; }
    public string? OriginalUser { get; init; }
    public string? Source { get; init; }
    public string? Catalog { get; init; }
    public string? Schema { get; init; }
    public string? Path { get; init; }
    public string? TimeZone { get; init; }
    public short TimeZoneKey { get; init; }
    public string? Language { get; init; }
    public string? TraceToken { get; init; }
    public string? ClientInfo { get; init; }
    public ImmutableArray<string> ClientTags { get; init; } = [];
    public ImmutableHashSet<string> Capabilities { get; init; } = [];
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;
    public ImmutableDictionary<string, string> PreparedStatements { get; init; } = ImmutableDictionary<string, string>.Empty;
    public ImmutableDictionary<string, string> ResourceEstimates { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The principal the request authenticated as; null without authentication.</summary>
    public string? AuthenticatedUser { get; init; }

    /// <summary>The user's groups from the group provider (filled in by the query manager); empty without one.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>True when the request carried a transaction header at all: the client supports transactions.</summary>
    public bool SupportsTransactions { get; init; }

    /// <summary>The transaction the statement runs in; null in autocommit mode.</summary>
    public string? TransactionId { get; init; }

    public bool ParametricDatetime => Capabilities.Contains("PARAMETRIC_DATETIME");
}
