using System.Collections.Immutable;
using System.Net;
using Manifold.Engine.Session;
using Manifold.Sql.Parsing;
using Microsoft.AspNetCore.Http;

namespace Manifold.Server.Protocol;

/// <summary>Reads the session headers of a statement request. Accepts repeated header lines and comma-joined lists,
/// treats empty values as unset, URL-decodes property values and prepared statements; malformed headers are a
/// <see cref="ProtocolException"/> (400).</summary>
internal static class ClientSessionParser
{
    public static ClientSession Parse(IHeaderDictionary headers)
    {
        ProtocolHeaders names = ProtocolHeaders.Detect(headers, out _)
            ?? throw new ProtocolException(400, "Request contains both X-Trino-* and X-Presto-* headers");
        string user = Single(headers, names.User) ?? throw new ProtocolException(400, $"User must be set ({names.User})");
        string? catalog = Single(headers, names.Catalog);
        string? schema = Single(headers, names.Schema);
        if (schema is not null && catalog is null)
        {
            throw new ProtocolException(400, "Schema is set but catalog is not");
        }
        string? zone = Single(headers, names.TimeZone);
        short zoneKey = Spi.Types.TimeZoneKey.Utc;
        if (zone is not null && !Spi.Types.TimeZoneKey.TryGetKey(zone, out zoneKey))
        {
            throw new ProtocolException(400, $"Time zone not supported: {zone}");
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in Items(headers, names.Session))
        {
            var (name, value) = Pair(item, names.Session);
            properties[name.Trim()] = WebUtility.UrlDecode(value).Trim();
        }

        var prepared = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in Items(headers, names.PreparedStatement))
        {
            var (name, value) = Pair(item, names.PreparedStatement);
            string sql = WebUtility.UrlDecode(value);
            try
            {
                SqlParser.ParseStatement(sql);
            }
            catch (SqlParseException e)
            {
                throw new ProtocolException(400, $"Invalid {names.PreparedStatement} header: {e.Message}");
            }
            prepared[WebUtility.UrlDecode(name).Trim()] = sql;
        }

        var estimates = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string item in Items(headers, names.ResourceEstimate))
        {
            var (name, value) = Pair(item, names.ResourceEstimate);
            name = name.Trim().ToUpperInvariant();
            bool valid = name switch
            {
                "EXECUTION_TIME" or "CPU_TIME" => Duration.TryParse(value, out _),
                "PEAK_MEMORY" or "PEAK_TASK_MEMORY" => DataSize.TryParse(value, out _),
                _ => throw new ProtocolException(400, $"Unsupported resource name {name} in {names.ResourceEstimate} header"),
            };
            if (!valid)
            {
                throw new ProtocolException(400, $"Invalid value for {name} in {names.ResourceEstimate} header: '{value}'");
            }
            estimates[name] = value.Trim();
        }

        foreach (string item in Items(headers, names.Role).Concat(Items(headers, names.ExtraCredential)))
        {
            Pair(item, names.Role);
        }

        bool supportsTransactions = headers.ContainsKey(names.TransactionId);
        string? transaction = Single(headers, names.TransactionId);
        if (transaction is not null && transaction.Equals("NONE", StringComparison.OrdinalIgnoreCase))
        {
            transaction = null;
        }

        return new ClientSession
        {
            Headers = names,
            User = user,
            OriginalUser = Single(headers, names.OriginalUser),
            Source = Single(headers, names.Source),
            Catalog = catalog,
            Schema = schema,
            Path = Single(headers, names.Path),
            TimeZone = zone,
            TimeZoneKey = zoneKey,
            Language = Single(headers, names.Language),
            TraceToken = Single(headers, names.TraceToken),
            ClientInfo = Single(headers, names.ClientInfo),
            ClientTags = [.. Items(headers, names.ClientTags).Distinct(StringComparer.Ordinal)],
            Capabilities = Items(headers, names.ClientCapabilities).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
            Properties = properties.ToImmutable(),
            PreparedStatements = prepared.ToImmutable(),
            ResourceEstimates = estimates.ToImmutable(),
            SupportsTransactions = supportsTransactions,
            TransactionId = transaction,
        };
    }

    /// <summary>A single-valued header: the lines joined, trimmed; null when absent or empty.</summary>
    private static string? Single(IHeaderDictionary headers, string name)
    {
        if (!headers.TryGetValue(name, out var values))
        {
            return null;
        }
        string joined = string.Join(",", values.Where(v => !string.IsNullOrWhiteSpace(v))).Trim();
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A list header: every line split on commas, trimmed, empty items dropped.</summary>
    private static IEnumerable<string> Items(IHeaderDictionary headers, string name)
    {
        if (!headers.TryGetValue(name, out var values))
        {
            yield break;
        }
        foreach (string? line in values)
        {
            if (line is null)
            {
                continue;
            }
            foreach (string item in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return item;
            }
        }
    }

    private static (string Name, string Value) Pair(string item, string header)
    {
        int equals = item.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ProtocolException(400, $"Invalid {header} header: '{item}' is not name=value");
        }
        return (item[..equals], item[(equals + 1)..]);
    }
}
