using System.Text.RegularExpressions;

namespace Manifold.Server.Security.AccessControl;

/// <summary>What a rule of rules.json matches: <c>user</c>, <c>group</c> and <c>role</c> regular expressions (each
/// must match in full; an absent one matches anything). A rule with <c>group</c> applies when any of the user's groups
/// matches; with <c>role</c>, when any enabled role does.</summary>
internal sealed record IdentityPattern(Regex? User, Regex? Group, Regex? Role)
{
    public static IdentityPattern Any { get; } = new(null, null, null);

    public bool Matches(Spi.Security.Identity identity)
        => (User is null || User.IsMatch(identity.User))
           && (Group is null || identity.Groups.Any(Group.IsMatch))
           && (Role is null || identity.Roles.Any(Role.IsMatch));
}

/// <summary>A catalog's access mode, from least to most.</summary>
internal enum CatalogAccess
{
    None,
    ReadOnly,
    All,
}

/// <summary>The privileges of a table rule.</summary>
[Flags]
internal enum TablePrivileges
{
    None = 0,
    Select = 1,
    Insert = 2,
    Delete = 4,
    Update = 8,
    Ownership = 16,
    GrantSelect = 32,
}

/// <summary>What a query rule allows.</summary>
[Flags]
internal enum QueryAccess
{
    None = 0,
    Execute = 1,
    View = 2,
    Kill = 4,
}

internal sealed record CatalogRule(IdentityPattern Identity, Regex? Catalog, CatalogAccess Allow);

internal sealed record SchemaRule(IdentityPattern Identity, Regex? Catalog, Regex? Schema, bool Owner);

internal sealed record TableRule(IdentityPattern Identity, Regex? Catalog, Regex? Schema, Regex? Table, TablePrivileges Privileges,
    IReadOnlySet<string> DeniedColumns);

internal sealed record QueryRule(IdentityPattern Identity, Regex? QueryOwner, QueryAccess Allow);

/// <summary>An impersonation rule: <c>new_user</c> may use <c>$1</c>… for the groups <c>original_user</c> captured.</summary>
internal sealed record ImpersonationRule(Regex? OriginalUser, Regex? OriginalRole, string NewUser, bool Allow);

internal sealed record SessionPropertyRule(IdentityPattern Identity, Regex? Catalog, Regex? Property, bool Allow);

internal sealed record SystemInformationRule(IdentityPattern Identity, bool Read, bool Write);

/// <summary>The parsed rules.json. A null section was absent from the file (Trino's default for it applies); an empty
/// one was given as <c>[]</c> (nothing matches, so everything it governs is denied).</summary>
internal sealed record AccessRules
{
    public IReadOnlyList<CatalogRule>? Catalogs { get; init; }
    public IReadOnlyList<SchemaRule>? Schemas { get; init; }
    public IReadOnlyList<TableRule>? Tables { get; init; }
    public IReadOnlyList<QueryRule>? Queries { get; init; }
    public IReadOnlyList<ImpersonationRule>? Impersonation { get; init; }
    public IReadOnlyList<SessionPropertyRule>? SystemSessionProperties { get; init; }
    public IReadOnlyList<SessionPropertyRule>? CatalogSessionProperties { get; init; }
    public IReadOnlyList<SystemInformationRule>? SystemInformation { get; init; }
}
