namespace Manifold.Server.Security.AccessControl;

/// <summary>The groups of a user (Trino's <c>GroupProvider</c>). Thread-safe.</summary>
internal interface IGroupProvider
{
    /// <summary>The user's groups, sorted; empty when the user is in none.</summary>
    IReadOnlyList<string> GetGroups(string user);
}
