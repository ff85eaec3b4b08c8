using System.Text.RegularExpressions;
using Manifold.Spi.Connectors;
using Manifold.Spi.Security;

namespace Manifold.Server.Security.AccessControl;

/// <summary>Trino's system-level file-based access control (<c>access-control.name=file</c>): the rules of rules.json,
/// first matching rule wins in each section, reloaded when the file changes.</summary>
/// <remarks>
/// Defaults as in Trino: an absent <c>catalogs</c>, <c>schemas</c>, <c>tables</c>, <c>queries</c> or session property
/// section allows everything it governs; an absent <c>impersonation</c> or <c>system_information</c> section denies.
/// Every user may access the <c>system</c> catalog unless a catalog rule says otherwise, and may view and kill their own
/// queries. Table rules do not apply to <c>information_schema</c>. Writes and ownership need catalog access <c>all</c>,
/// reads <c>read-only</c>. A catalog is visible when it may be accessed; a schema when the user owns it or some table
/// rule gives privileges in it; a table when the user has any privilege on it.
/// </remarks>
internal sealed class FileBasedAccessControl(Func<AccessRules> rules) : IAccessControl
{
    private const string InformationSchema = "information_schema";
    private const TablePrivileges WritePrivileges = TablePrivileges.Insert | TablePrivileges.Delete | TablePrivileges.Update | TablePrivileges.Ownership;

    private static readonly CatalogRule SystemCatalogRule = new(IdentityPattern.Any, new Regex("^(?:system)$"), CatalogAccess.All);

    private AccessRules Rules => rules();

    public void CheckCanExecuteQuery(Identity identity)
    {
        if (!QueryAllowed(identity, null, QueryAccess.Execute))
        {
            throw AccessDenied.ExecuteQuery();
        }
    }

    public void CheckCanViewQueryOwnedBy(Identity identity, string queryOwner)
    {
        if (!QueryAllowed(identity, queryOwner, QueryAccess.View))
        {
            throw AccessDenied.ViewQuery();
        }
    }

    public IReadOnlyCollection<string> FilterViewQueryOwnedBy(Identity identity, IReadOnlyCollection<string> queryOwners)
        => queryOwners.Where(owner => QueryAllowed(identity, owner, QueryAccess.View)).ToArray();

    public void CheckCanKillQueryOwnedBy(Identity identity, string queryOwner)
    {
        if (!QueryAllowed(identity, queryOwner, QueryAccess.Kill))
        {
            throw AccessDenied.KillQuery();
        }
    }

    public void CheckCanImpersonateUser(Identity identity, string userName)
    {
        if (identity.User == userName)
        {
            return;
        }
        foreach (ImpersonationRule rule in Rules.Impersonation ?? [])
        {
            Match original = rule.OriginalUser?.Match(identity.User) ?? Match.Empty;
            if ((rule.OriginalUser is not null && !original.Success)
                || (rule.OriginalRole is not null && !identity.Roles.Any(rule.OriginalRole.IsMatch)))
            {
                continue;
            }
            string newUser = rule.OriginalUser is null ? rule.NewUser : original.Result(rule.NewUser);
            bool matches;
            try
            {
                matches = Regex.IsMatch(userName, $"^(?:{newUser})$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                matches = false;   // a substituted value that makes no pattern matches nothing
            }
            if (matches)
            {
                if (rule.Allow)
                {
                    return;
                }
                break;
            }
        }
        throw AccessDenied.ImpersonateUser(identity.User, userName);
    }

    public void CheckCanReadSystemInformation(Identity identity)
    {
        SystemInformationRule? rule = (Rules.SystemInformation ?? []).FirstOrDefault(r => r.Identity.Matches(identity));
        if (rule is not { Read: true })
        {
            throw AccessDenied.ReadSystemInformation();
        }
    }

    public void CheckCanWriteSystemInformation(Identity identity)
    {
        SystemInformationRule? rule = (Rules.SystemInformation ?? []).FirstOrDefault(r => r.Identity.Matches(identity));
        if (rule is not { Write: true })
        {
            throw AccessDenied.WriteSystemInformation();
        }
    }

    public void CheckCanSetSystemSessionProperty(Identity identity, string propertyName)
    {
        if (Rules.SystemSessionProperties is { } rules
            && rules.FirstOrDefault(r => r.Identity.Matches(identity) && Matches(r.Property, propertyName)) is not { Allow: true })
        {
            throw AccessDenied.SetSystemSessionProperty(propertyName);
        }
    }

    public void CheckCanSetCatalogSessionProperty(Identity identity, string catalogName, string propertyName)
    {
        if (CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly
            || (Rules.CatalogSessionProperties is { } rules
                && rules.FirstOrDefault(r => r.Identity.Matches(identity) && Matches(r.Catalog, catalogName) && Matches(r.Property, propertyName))
                    is not { Allow: true }))
        {
            throw AccessDenied.SetCatalogSessionProperty(catalogName, propertyName);
        }
    }

    public void CheckCanAccessCatalog(Identity identity, string catalogName)
    {
        if (CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly)
        {
            throw AccessDenied.AccessCatalog(catalogName);
        }
    }

    public IReadOnlyCollection<string> FilterCatalogs(Identity identity, IReadOnlyCollection<string> catalogs)
        => catalogs.Where(c => CatalogMode(identity, c) >= CatalogAccess.ReadOnly).ToArray();

    public void CheckCanCreateSchema(Identity identity, string catalogName, string schemaName)
    {
        if (!IsSchemaOwner(identity, catalogName, schemaName))
        {
            throw AccessDenied.CreateSchema(catalogName, schemaName);
        }
    }

    public void CheckCanDropSchema(Identity identity, string catalogName, string schemaName)
    {
        if (!IsSchemaOwner(identity, catalogName, schemaName))
        {
            throw AccessDenied.DropSchema(catalogName, schemaName);
        }
    }

    public void CheckCanShowSchemas(Identity identity, string catalogName)
    {
        if (CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly)
        {
            throw AccessDenied.ShowSchemas(catalogName);
        }
    }

    public IReadOnlyCollection<string> FilterSchemas(Identity identity, string catalogName, IReadOnlyCollection<string> schemaNames)
        => CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly
            ? []
            : schemaNames.Where(s => IsSchemaVisible(identity, catalogName, s)).ToArray();

    public void CheckCanShowTables(Identity identity, string catalogName, string schemaName)
    {
        if (CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly || !IsSchemaVisible(identity, catalogName, schemaName))
        {
            throw AccessDenied.ShowTables(catalogName, schemaName);
        }
    }

    public IReadOnlyCollection<SchemaTableName> FilterTables(Identity identity, string catalogName, IReadOnlyCollection<SchemaTableName> tableNames)
        => CatalogMode(identity, catalogName) < CatalogAccess.ReadOnly
            ? []
            : tableNames.Where(t => t.Schema == InformationSchema
                || TableRuleFor(identity, new CatalogSchemaTableName(catalogName, t)) is { Privileges: not TablePrivileges.None }).ToArray();

    public void CheckCanShowColumns(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasAnyPrivilege(identity, table))
        {
            throw AccessDenied.ShowColumns(table);
        }
    }

    public IReadOnlyCollection<string> FilterColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns)
    {
        if (table.Schema == InformationSchema)
        {
            return columns;
        }
        if (!HasAnyPrivilege(identity, table))
        {
            return [];
        }
        TableRule? rule = TableRuleFor(identity, table);
        return rule is null || rule.DeniedColumns.Count == 0 ? columns : columns.Where(c => !rule.DeniedColumns.Contains(c)).ToArray();
    }

    public void CheckCanSelectFromColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns)
    {
        if (table.Schema == InformationSchema)
        {
            return;
        }
        if (!HasPrivileges(identity, table, TablePrivileges.Select)
            || TableRuleFor(identity, table) is { DeniedColumns.Count: > 0 } rule && columns.Any(rule.DeniedColumns.Contains))
        {
            throw AccessDenied.SelectColumns(table, columns);
        }
    }

    public void CheckCanInsertIntoTable(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Insert))
        {
            throw AccessDenied.InsertIntoTable(table);
        }
    }

    public void CheckCanDeleteFromTable(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Delete))
        {
            throw AccessDenied.DeleteFromTable(table);
        }
    }

    public void CheckCanUpdateTableColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Update))
        {
            throw AccessDenied.UpdateColumns(table, columns);
        }
    }

    public void CheckCanCreateTable(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Ownership))
        {
            throw AccessDenied.CreateTable(table);
        }
    }

    public void CheckCanDropTable(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Ownership))
        {
            throw AccessDenied.DropTable(table);
        }
    }

    public void CheckCanRenameTable(Identity identity, CatalogSchemaTableName table, CatalogSchemaTableName newTable)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Ownership) || !HasPrivileges(identity, newTable, TablePrivileges.Ownership))
        {
            throw AccessDenied.RenameTable(table, newTable);
        }
    }

    public void CheckCanAddColumn(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Ownership))
        {
            throw AccessDenied.AddColumn(table);
        }
    }

    public void CheckCanChangeIndexes(Identity identity, CatalogSchemaTableName table)
    {
        if (!HasPrivileges(identity, table, TablePrivileges.Ownership))
        {
            throw AccessDenied.ChangeIndexes(table);
        }
    }

    public void CheckCanCreateView(Identity identity, CatalogSchemaTableName view)
    {
        if (!HasPrivileges(identity, view, TablePrivileges.Ownership))
        {
            throw AccessDenied.CreateView(view);
        }
    }

    public void CheckCanDropView(Identity identity, CatalogSchemaTableName view)
    {
        if (!HasPrivileges(identity, view, TablePrivileges.Ownership))
        {
            throw AccessDenied.DropView(view);
        }
    }

    private static bool Matches(Regex? pattern, string value) => pattern is null || pattern.IsMatch(value);

    /// <summary>The access mode of the first catalog rule that matches (the implicit last rule gives everyone
    /// <c>system</c>); all when there is no catalogs section; none when nothing matches.</summary>
    private CatalogAccess CatalogMode(Identity identity, string catalog)
    {
        if (Rules.Catalogs is not { } rules)
        {
            return CatalogAccess.All;
        }
        foreach (CatalogRule rule in rules.Append(SystemCatalogRule))
        {
            if (rule.Identity.Matches(identity) && Matches(rule.Catalog, catalog))
            {
                return rule.Allow;
            }
        }
        return CatalogAccess.None;
    }

    private bool IsSchemaOwner(Identity identity, string catalog, string schema)
    {
        if (CatalogMode(identity, catalog) < CatalogAccess.All)
        {
            return false;
        }
        if (Rules.Schemas is not { } rules)
        {
            return true;
        }
        return rules.FirstOrDefault(r => r.Identity.Matches(identity) && Matches(r.Catalog, catalog) && Matches(r.Schema, schema)) is { Owner: true };
    }

    private bool IsSchemaVisible(Identity identity, string catalog, string schema)
    {
        if (schema == InformationSchema || IsSchemaOwner(identity, catalog, schema))
        {
            return true;
        }
        return Rules.Tables is not { } rules
            || rules.Any(r => r.Identity.Matches(identity) && Matches(r.Catalog, catalog) && Matches(r.Schema, schema) && r.Privileges != TablePrivileges.None);
    }

    /// <summary>The first table rule that matches; with no tables section, one granting everything.</summary>
    private TableRule? TableRuleFor(Identity identity, CatalogSchemaTableName table)
    {
        if (Rules.Tables is not { } rules)
        {
            return AllPrivileges;
        }
        return rules.FirstOrDefault(r => r.Identity.Matches(identity) && Matches(r.Catalog, table.Catalog) && Matches(r.Schema, table.Schema)
            && Matches(r.Table, table.Table));
    }

    private static readonly TableRule AllPrivileges = new(IdentityPattern.Any, null, null, null,
        TablePrivileges.Select | TablePrivileges.Insert | TablePrivileges.Delete | TablePrivileges.Update | TablePrivileges.Ownership
        | TablePrivileges.GrantSelect, new HashSet<string>());

    private bool HasPrivileges(Identity identity, CatalogSchemaTableName table, TablePrivileges required)
    {
        CatalogAccess needed = (required & WritePrivileges) != 0 ? CatalogAccess.All : CatalogAccess.ReadOnly;
        return CatalogMode(identity, table.Catalog) >= needed
               && TableRuleFor(identity, table) is { } rule && (rule.Privileges & required) == required;
    }

    private bool HasAnyPrivilege(Identity identity, CatalogSchemaTableName table)
        => table.Schema == InformationSchema
            ? CatalogMode(identity, table.Catalog) >= CatalogAccess.ReadOnly
            : CatalogMode(identity, table.Catalog) >= CatalogAccess.ReadOnly && TableRuleFor(identity, table) is { Privileges: not TablePrivileges.None };

    /// <summary>Own queries always; otherwise the first query rule that matches (rules naming a query owner match only
    /// another user's query); everything when there is no queries section.</summary>
    private bool QueryAllowed(Identity identity, string? queryOwner, QueryAccess access)
    {
        if (queryOwner is not null && queryOwner == identity.User)
        {
            return true;
        }
        if (Rules.Queries is not { } rules)
        {
            return true;
        }
        foreach (QueryRule rule in rules)
        {
            if (!rule.Identity.Matches(identity))
            {
                continue;
            }
            if (rule.QueryOwner is not null && (queryOwner is null || !rule.QueryOwner.IsMatch(queryOwner)))
            {
                continue;
            }
            return (rule.Allow & access) == access;
        }
        return false;
    }
}
