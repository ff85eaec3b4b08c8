namespace Manifold.Spi.Security;

/// <summary>Who runs a statement, as access control sees it: the session user, the user's groups and, when the request
/// was authenticated, the authenticated principal (which differs from <see cref="User"/> under impersonation).</summary>
/// <param name="User">The session user (<c>X-Trino-User</c>, or the authenticated user).</param>
public sealed record Identity(string User)
{
    /// <summary>The user's groups, from the group provider; empty without one.</summary>
    public IReadOnlyCollection<string> Groups { get; init; } = [];

    /// <summary>The authenticated user, or null when the request was not authenticated.</summary>
    public string? Principal { get; init; }

    /// <summary>The user's enabled roles; empty (roles are not implemented yet).</summary>
    public IReadOnlyCollection<string> Roles { get; init; } = [];
}
