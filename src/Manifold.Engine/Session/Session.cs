using System.Collections.Immutable;
using Manifold.Spi.Security;
using Manifold.Spi.Types;

namespace Manifold.Engine.Session;

/// <summary>Everything a statement runs with: who, where (catalog/schema), time zone, properties and prepared statements.</summary>
/// <remarks>
/// Immutable. A statement never changes the session it runs in; it returns a <see cref="SessionUpdate"/> that the caller
/// (the protocol layer through response headers, or an embedded client) applies to the next statement's session.
/// </remarks>
public sealed record Session
{
    /// <summary>The session user.</summary>
    public string User { get; init; } = "manifold";

    /// <summary>The session user's groups (from the coordinator's group provider); empty without one.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>The authenticated user, when the request was authenticated (differs from <see cref="User"/> under
    /// impersonation); null otherwise.</summary>
    public string? AuthenticatedUser { get; init; }

    /// <summary>Who runs the statement, for access control.</summary>
    public Identity Identity => new(User) { Groups = Groups, Principal = AuthenticatedUser };

    /// <summary>The client's source string (e.g. <c>manifold-cli</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The current catalog, if any.</summary>
    public string? Catalog { get; init; }

    /// <summary>The current schema, if any (only meaningful with a catalog).</summary>
    public string? Schema { get; init; }

    /// <summary>The session time zone key (<see cref="TimeZoneKey"/>).</summary>
    public short TimeZoneKey { get; init; } = Spi.Types.TimeZoneKey.Utc;

    /// <summary>System session properties set by the client, by name (values as text).</summary>
    public ImmutableDictionary<string, string> SystemProperties { get; init; } =
        ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Catalog session properties, by catalog then property name (values as text).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, string>> CatalogProperties { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepared statements, by name (SQL text).</summary>
    public ImmutableDictionary<string, string> PreparedStatements { get; init; } =
        ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>Client tags, for resource group selection.</summary>
    public ImmutableArray<string> ClientTags { get; init; } = [];

    /// <summary>The open transaction, if any.</summary>
    public string? TransactionId { get; init; }

    /// <summary>The value of a system property as text: the session's value, else the default.</summary>
    public string GetSystemProperty(string name)
    {
        if (SystemProperties.TryGetValue(name, out string? value))
        {
            return value;
        }
        return SystemSessionProperties.All.TryGetValue(name, out SessionPropertyDefinition? definition)
            ? definition.DefaultValue
            : throw new ArgumentException($"Unknown session property {name}", nameof(name));
    }

    /// <summary>An integer system property.</summary>
    public int GetIntProperty(string name) => int.Parse(GetSystemProperty(name), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new session with <paramref name="update"/> applied.</summary>
    public Session Apply(SessionUpdate update)
    {
        Session result = this;
        if (update.SetCatalog is not null)
        {
            result = result with { Catalog = update.SetCatalog };
        }
        if (update.SetSchema is not null)
        {
            result = result with { Schema = update.SetSchema };
        }
        foreach (var (name, value) in update.SetProperties)
        {
            result = result.WithProperty(name, value);
        }
        foreach (string name in update.ResetProperties)
        {
            result = result.WithoutProperty(name);
        }
        foreach (var (name, sql) in update.AddedPreparedStatements)
        {
            result = result with { PreparedStatements = result.PreparedStatements.SetItem(name, sql) };
        }
        foreach (string name in update.DeallocatedPreparedStatements)
        {
            result = result with { PreparedStatements = result.PreparedStatements.Remove(name) };
        }
        if (update.StartedTransactionId is not null)
        {
            result = result with { TransactionId = update.StartedTransactionId };
        }
        if (update.ClearTransactionId)
        {
            result = result with { TransactionId = null };
        }
        return result;
    }

    private Session WithProperty(string name, string value)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return this with { SystemProperties = SystemProperties.SetItem(name, value) };
        }
        string catalog = name[..dot];
        var properties = CatalogProperties.TryGetValue(catalog, out var existing)
            ? existing
            : ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);
        return this with { CatalogProperties = CatalogProperties.SetItem(catalog, properties.SetItem(name[(dot + 1)..], value)) };
    }

    private Session WithoutProperty(string name)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return this with { SystemProperties = SystemProperties.Remove(name) };
        }
        string catalog = name[..dot];
        return CatalogProperties.TryGetValue(catalog, out var existing)
            ? this with { CatalogProperties = CatalogProperties.SetItem(catalog, existing.Remove(name[(dot + 1)..])) }
            : this;
    }
}
