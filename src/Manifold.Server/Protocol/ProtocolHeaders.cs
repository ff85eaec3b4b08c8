using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Protocol;

/// <summary>The protocol's header names in one family, and the rule that picks the family of a request.</summary>
internal sealed class ProtocolHeaders
{
    public static ProtocolHeaders Trino { get; } = new("X-Trino-");
    public static ProtocolHeaders Presto { get; } = new("X-Presto-");

    private ProtocolHeaders(string prefix)
    {
        Prefix = prefix;
        Family = prefix == "X-Trino-" ? HeaderFamily.Trino : HeaderFamily.Presto;
    }

    public string Prefix { get; }
    public HeaderFamily Family { get; }

    public string User => Prefix + "User";
    public string OriginalUser => Prefix + "Original-User";
    public string Source => Prefix + "Source";
    public string Catalog => Prefix + "Catalog";
    public string Schema => Prefix + "Schema";
    public string Path => Prefix + "Path";
    public string TimeZone => Prefix + "Time-Zone";
    public string Language => Prefix + "Language";
    public string TraceToken => Prefix + "Trace-Token";
    public string Session => Prefix + "Session";
    public string Role => Prefix + "Role";
    public string PreparedStatement => Prefix + "Prepared-Statement";
    public string TransactionId => Prefix + "Transaction-Id";
    public string ClientInfo => Prefix + "Client-Info";
    public string ClientTags => Prefix + "Client-Tags";
    public string ClientCapabilities => Prefix + "Client-Capabilities";
    public string ResourceEstimate => Prefix + "Resource-Estimate";
    public string ExtraCredential => Prefix + "Extra-Credential";

    public string SetCatalog => Prefix + "Set-Catalog";
    public string SetSchema => Prefix + "Set-Schema";
    public string SetPath => Prefix + "Set-Path";
    public string SetSession => Prefix + "Set-Session";
    public string ClearSession => Prefix + "Clear-Session";
    public string SetRole => Prefix + "Set-Role";
    public string AddedPrepare => Prefix + "Added-Prepare";
    public string DeallocatedPrepare => Prefix + "Deallocated-Prepare";
    public string StartedTransactionId => Prefix + "Started-Transaction-Id";
    public string ClearTransactionId => Prefix + "Clear-Transaction-Id";

    public static ProtocolHeaders For(HeaderFamily family) => family == HeaderFamily.Trino ? Trino : Presto;

    /// <summary>The family a request uses: Presto when it sends only <c>X-Presto-*</c> headers, Trino otherwise (also
    /// when it sends none), null when it mixes both (a 400).</summary>
    public static ProtocolHeaders? Detect(IHeaderDictionary headers, out bool any)
    {
        bool trino = false;
        bool presto = false;
        foreach (string name in headers.Keys)
        {
            trino |= name.StartsWith("X-Trino-", StringComparison.OrdinalIgnoreCase);
            presto |= name.StartsWith("X-Presto-", StringComparison.OrdinalIgnoreCase);
        }
        any = trino || presto;
        if (trino && presto)
        {
            return null;
        }
        return presto ? Presto : Trino;
    }
}
