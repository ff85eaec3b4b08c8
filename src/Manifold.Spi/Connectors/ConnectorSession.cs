namespace Manifold.Spi.Connectors;

/// <summary>What a connector may know about the query calling it.</summary>
/// <param name="QueryId">The query id.</param>
/// <param name="User">The session user.</param>
/// <param name="TimeZoneKey">The session time zone (<see cref="Types.TimeZoneKey"/>).</param>
/// <param name="Start">When the query started.</param>
public sealed record ConnectorSession(string QueryId, string User, short TimeZoneKey, DateTimeOffset Start)
{
    /// <summary>This catalog's session properties set with <c>SET SESSION catalog.name = …</c>, by name.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    /// <summary>Who runs the query (user, groups, authenticated principal); by default just <see cref="User"/>.</summary>
    public Security.Identity Identity
    {
        get => field ??= new Security.Identity(User);
        init;
    }

    /// <summary>Fires when the query is cancelled or fails.</summary>
    public CancellationToken CancellationToken { get; init; }
}
