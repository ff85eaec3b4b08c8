using Manifold.Server.Security.AccessControl;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>rules.json parsing: each bad file fails with CONFIGURATION_INVALID and an exact message naming the file and
/// the JSON path; and the rule semantics that the server tests do not reach.</summary>
public sealed class AccessRulesReaderTests
{
    public static TheoryData<string, string> BadFiles => new()
    {
        { """{ "tables": [{ "privileges": ["SELECT", "SELEKT"] }] }""",
            "etc/rules.json: $.tables[0].privileges[1]: unknown privilege 'SELEKT'; expected one of SELECT, INSERT, DELETE, UPDATE, OWNERSHIP, GRANT_SELECT" },
        { """{ "catalogs": [{ "allow": "all" }, { "user": "(", "allow": "all" }] }""",
            "etc/rules.json: $.catalogs[1].user: '(' is not a valid regular expression" },
        { """{ "catalogs": [""", "etc/rules.json: not valid JSON (line 1, position 16)" },
        { "not json", "etc/rules.json: not valid JSON (line 1, position 2)" },
        { "[]", "etc/rules.json: $: must be a JSON object with rule sections such as \"catalogs\" and \"tables\"" },
        { """{ "catalogs": [{ "allow": "write" }] }""", "etc/rules.json: $.catalogs[0].allow: unknown value 'write'; expected all, read-only or none" },
        { """{ "catalogs": [{ "catalog": "tpch" }] }""", "etc/rules.json: $.catalogs[0].allow: is required" },
        { """{ "tables": [{ "privileges": ["SELECT"], "filter": "x > 1" }] }""", "etc/rules.json: $.tables[0].filter: row filters are not supported" },
        { """{ "tables": [{ "privileges": ["SELECT"], "columns": [{ "name": "ssn", "mask": "'x'" }] }] }""",
            "etc/rules.json: $.tables[0].columns[0].mask: column masks are not supported" },
        { """{ "tables": [{ "privilege": ["SELECT"] }] }""",
            "etc/rules.json: $.tables[0].privilege: unknown field; expected user, role, group, catalog, schema, table, privileges, columns, filter, filter_environment" },
        { """{ "queries": [{ "queryOwner": "bob", "allow": ["execute", "view"] }] }""", "etc/rules.json: $.queries[0]: a rule with queryOwner may not allow execute" },
        { """{ "queries": [{ "allow": ["read"] }] }""", "etc/rules.json: $.queries[0].allow[0]: unknown query access 'read'; expected execute, view or kill" },
        { """{ "impersonation": [{ "original_user": "alice" }] }""", "etc/rules.json: $.impersonation[0].new_user: is required" },
        { """{ "schemas": { "owner": true } }""", "etc/rules.json: $.schemas: must be an array of rules" },
        { """{ "table": [] }""", "etc/rules.json: $.table: unknown section; expected catalogs, schemas, tables, queries, impersonation, "
            + "system_session_properties, catalog_session_properties or system_information" },
        { """{ "principals": [] }""", "etc/rules.json: $.principals: principal rules are not supported; use impersonation rules" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_rules_file_fails_with_the_file_and_json_path(string json, string message)
    {
        var e = Assert.Throws<ManifoldException>(() => AccessRulesReader.Parse("etc/rules.json", json));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void The_docs_example_parses_and_ignored_sections_are_accepted()
    {
        AccessRules rules = AccessRulesReader.Parse("rules.json", AccessControlCoordinator.DocExample("rules.json"));
        Assert.Equal(3, rules.Catalogs!.Count);
        Assert.Equal(6, rules.Tables!.Count);
        Assert.Single(rules.SystemInformation!);
        Assert.Null(rules.CatalogSessionProperties);
        AccessRules ignored = AccessRulesReader.Parse("rules.json", """{ "functions": [], "procedures": [], "authorization": [] }""");
        Assert.Null(ignored.Catalogs);
    }

    [Fact]
    public void Absent_sections_allow_everything_but_impersonation_and_an_empty_section_denies()
    {
        var open = Control("{}");
        var alice = new Identity("alice");
        open.CheckCanAccessCatalog(alice, "memory");
        open.CheckCanDropTable(alice, new CatalogSchemaTableName("memory", "default", "t"));
        open.CheckCanKillQueryOwnedBy(alice, "bob");
        Assert.Throws<ManifoldException>(() => open.CheckCanImpersonateUser(alice, "bob"));
        Assert.Throws<ManifoldException>(() => open.CheckCanReadSystemInformation(alice));

        var closed = Control("""{ "catalogs": [], "tables": [] }""");
        Assert.Equal("Access Denied: Cannot access catalog memory",
            Assert.Throws<ManifoldException>(() => closed.CheckCanAccessCatalog(alice, "memory")).Message);
        closed.CheckCanAccessCatalog(alice, "system");   // the implicit last catalog rule
        Assert.Empty(closed.FilterTables(alice, "system", [new("runtime", "queries")]));
        Assert.Single(closed.FilterTables(alice, "system", [new("information_schema", "tables")]));
    }

    [Fact]
    public void Groups_and_first_match_decide_and_catalog_read_only_blocks_writes()
    {
        var control = Control("""
            {
              "catalogs": [{ "group": "ro", "allow": "read-only" }, { "allow": "all" }],
              "tables": [{ "user": "bob", "privileges": [] }, { "privileges": ["SELECT", "INSERT"] }]
            }
            """);
        var table = new CatalogSchemaTableName("c", "s", "t");
        var reader = new Identity("carol") { Groups = ["ro"] };
        control.CheckCanSelectFromColumns(reader, table, ["a"]);
        Assert.Equal("Access Denied: Cannot insert into table c.s.t", Assert.Throws<ManifoldException>(() => control.CheckCanInsertIntoTable(reader, table)).Message);
        control.CheckCanInsertIntoTable(new Identity("dave"), table);
        Assert.Throws<ManifoldException>(() => control.CheckCanSelectFromColumns(new Identity("bob"), table, ["a"]));
        Assert.Empty(control.FilterTables(new Identity("bob"), "c", [new("s", "t")]));
    }

    private static FileBasedAccessControl Control(string json)
    {
        AccessRules rules = AccessRulesReader.Parse("rules.json", json);
        return new FileBasedAccessControl(() => rules);
    }
}
