using System.Net;
using System.Text.Json.Nodes;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Security;

/// <summary>File-based access control on a real coordinator: the worked example of docs/security.md (rules.json and
/// group.txt read from the page) as a matrix of users × objects × privileges, listings, queries of other users,
/// impersonation, session properties and reloads.</summary>
public sealed class AccessControlTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>One statement as one user and what must come of it: <c>ok</c>, <c>rows: a, b</c> (the first column of each
    /// row) or <c>denied: message</c> (PERMISSION_DENIED with "Access Denied: " and the message).</summary>
    private static readonly (string User, string Sql, string Expected)[] Matrix =
    [
        ("admin", "SHOW CATALOGS", "rows: memory, system, tpch"),
        ("admin", "SELECT count(*) FROM tpch.tiny.region", "rows: 5"),
        ("admin", "INSERT INTO memory.default.salaries VALUES ('bo', 200)", "ok"),
        ("admin", "SELECT name, salary FROM memory.default.salaries ORDER BY name", "rows: ann, bo"),
        ("admin", "SHOW COLUMNS FROM memory.default.salaries", "rows: name, salary"),
        ("admin", "CREATE TABLE memory.default.admin_t AS SELECT 1 AS x", "ok"),
        ("admin", "DROP TABLE memory.default.admin_t", "ok"),
        ("admin", "SET SESSION query_max_memory_per_node = '1GB'", "ok"),

        ("alice", "SHOW CATALOGS", "rows: memory, system, tpch"),
        ("alice", "SELECT count(*) FROM tpch.tiny.region", "rows: 5"),
        ("alice", "SHOW TABLES FROM tpch.tiny", "rows: customer, lineitem, nation, orders, part, partsupp, region, supplier"),
        ("alice", "SELECT name FROM memory.default.salaries ORDER BY name", "rows: ann, bo"),
        ("alice", "SELECT count(*) FROM memory.default.salaries", "rows: 2"),
        ("alice", "SELECT salary FROM memory.default.salaries", "denied: Cannot select from columns [salary] in table or view memory.default.salaries"),
        ("alice", "SELECT * FROM memory.default.salaries", "denied: Cannot select from columns [name, salary] in table or view memory.default.salaries"),
        ("alice", "SELECT name FROM memory.default.salaries WHERE salary > 150",
            "denied: Cannot select from columns [name, salary] in table or view memory.default.salaries"),
        ("alice", "EXPLAIN SELECT salary FROM memory.default.salaries",
            "denied: Cannot select from columns [salary] in table or view memory.default.salaries"),
        ("alice", "SHOW COLUMNS FROM memory.default.salaries", "rows: name"),
        ("alice", "SELECT column_name FROM memory.information_schema.columns WHERE table_name = 'salaries'", "rows: name"),
        ("alice", "INSERT INTO memory.default.salaries VALUES ('x', 1)", "denied: Cannot insert into table memory.default.salaries"),
        ("alice", "DELETE FROM memory.default.salaries", "denied: Cannot delete from table memory.default.salaries"),
        ("alice", "UPDATE memory.default.salaries SET name = 'y'", "denied: Cannot update columns [name] in table memory.default.salaries"),
        ("alice", "DROP TABLE memory.default.salaries", "denied: Cannot drop table memory.default.salaries"),
        ("alice", "CREATE TABLE memory.default.alice_t (x bigint)", "ok"),
        ("alice", "INSERT INTO memory.default.alice_t VALUES (1)", "ok"),
        ("alice", "SELECT x FROM memory.default.alice_t", "rows: 1"),
        ("alice", "SHOW TABLES FROM memory.default", "rows: alice_t, salaries"),
        ("alice", "DROP TABLE memory.default.alice_t", "ok"),
        ("alice", "INSERT INTO tpch.tiny.nation SELECT * FROM tpch.tiny.nation", "denied: Cannot insert into table tpch.tiny.nation"),
        ("alice", "CREATE TABLE tpch.tiny.t (x bigint)", "denied: Cannot create table tpch.tiny.t"),
        ("alice", "DROP TABLE tpch.tiny.nation", "denied: Cannot drop table tpch.tiny.nation"),
        ("alice", "CREATE SCHEMA memory.s2", "denied: Cannot create schema memory.s2"),
        ("alice", "SET SESSION query_max_memory_per_node = '1GB'", "denied: Cannot set system session property query_max_memory_per_node"),
        ("alice", "SET SESSION query_max_run_time = '1h'", "ok"),

        ("carol", "SELECT count(*) FROM tpch.tiny.nation", "rows: 25"),
        ("carol", "SELECT salary FROM memory.default.salaries", "denied: Cannot select from columns [salary] in table or view memory.default.salaries"),

        ("guest", "SHOW CATALOGS", "rows: system, tpch"),
        ("guest", "SELECT catalog_name FROM system.metadata.catalogs", "rows: system, tpch"),
        ("guest", "SHOW SCHEMAS FROM tpch", "rows: information_schema, tiny"),
        ("guest", "SHOW TABLES FROM tpch.tiny", "rows: nation"),
        ("guest", "SELECT table_name FROM tpch.information_schema.tables WHERE table_schema = 'tiny'", "rows: nation"),
        ("guest", "SELECT count(*) FROM tpch.tiny.nation", "rows: 25"),
        ("guest", "SELECT * FROM tpch.tiny.region", "denied: Cannot select from columns [comment, name, regionkey] in table or view tpch.tiny.region"),
        ("guest", "SELECT count(*) FROM tpch.tiny.region", "denied: Cannot select from columns [] in table or view tpch.tiny.region"),
        ("guest", "SELECT n.name FROM tpch.tiny.nation n JOIN tpch.tiny.region r ON n.regionkey = r.regionkey",
            "denied: Cannot select from columns [regionkey] in table or view tpch.tiny.region"),
        ("guest", "SELECT name FROM tpch.tiny.nation WHERE false AND regionkey IN (SELECT regionkey FROM tpch.tiny.region)",
            "denied: Cannot select from columns [regionkey] in table or view tpch.tiny.region"),
        ("guest", "DESCRIBE tpch.tiny.region", "denied: Cannot show columns of table tpch.tiny.region"),
        ("guest", "SHOW TABLES FROM tpch.sf1", "denied: Cannot show tables of schema tpch.sf1"),
        ("guest", "SELECT name FROM memory.default.salaries", "denied: Cannot access catalog memory"),
        ("guest", "SHOW SCHEMAS FROM memory", "denied: Cannot access catalog memory"),
        ("guest", "USE memory.default", "denied: Cannot access catalog memory"),
        ("guest", "CREATE TABLE memory.default.g (x bigint)", "denied: Cannot access catalog memory"),
        ("guest", "INSERT INTO tpch.tiny.nation SELECT * FROM tpch.tiny.nation", "denied: Cannot insert into table tpch.tiny.nation"),
    ];

    [Fact]
    public async Task The_docs_example_gives_each_user_exactly_the_documented_access()
    {
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync();
        await ExpectAsync(server, "admin", "CREATE TABLE memory.default.salaries (name varchar, salary bigint)", "ok");
        await ExpectAsync(server, "admin", "INSERT INTO memory.default.salaries VALUES ('ann', 100)", "ok");
        var failures = new List<string>();
        foreach (var (user, sql, expected) in Matrix)
        {
            AccessControlCoordinator.Result result = await server.RunAsync(user, sql);
            if (!Matches(expected, Describe(result)))
            {
                failures.Add($"{user}: {sql}\n  expected {expected}\n  got      {Describe(result)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Users_see_and_kill_only_the_queries_the_query_rules_allow()
    {
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync();
        await ExpectAsync(server, "guest", "SELECT count(*) FROM tpch.tiny.nation", "rows: 25");
        await ExpectAsync(server, "alice", "SELECT count(*) FROM tpch.tiny.nation", "rows: 25");
        await ExpectAsync(server, "admin", "SELECT count(*) FROM tpch.tiny.nation", "rows: 25");

        // system.runtime.queries: guest sees their own, analysts also guest's, admins everyone's.
        Assert.Equal(["guest"], await QueryUsersAsync(server, "guest"));
        Assert.Equal(["carol", "guest"], await QueryUsersAsync(server, "carol"));
        Assert.Equal(["admin", "alice", "carol", "guest"], await QueryUsersAsync(server, "admin"));

        // GET /v1/query: the same filter.
        Assert.Equal(["guest"], await RestQueryUsersAsync(server, "guest"));
        Assert.Contains("guest", await RestQueryUsersAsync(server, "carol"));
        Assert.DoesNotContain("alice", await RestQueryUsersAsync(server, "carol"));

        string running = await server.SubmitAsync("alice", "SELECT * FROM tpch.sf1.lineitem");
        var (status, body) = await server.SendAsync(HttpMethod.Get, $"/v1/query/{running}", "guest");
        Assert.Equal((HttpStatusCode.Forbidden, "Access Denied: Cannot view query\n"), (status, body));
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v1/query/{running}", "alice")).Status);
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, $"/v1/query/{running}", "admin")).Status);

        // Killing: guest and carol may not, admin may.
        Assert.Equal((HttpStatusCode.Forbidden, "Access Denied: Cannot kill query\n"),
            await server.SendAsync(HttpMethod.Delete, $"/v1/query/{running}", "guest"));
        await ExpectAsync(server, "carol", $"CALL system.runtime.kill_query(query_id => '{running}')", "denied: Cannot kill query");
        Assert.Equal(HttpStatusCode.NoContent, (await server.SendAsync(HttpMethod.Delete, $"/v1/query/{running}", "admin")).Status);

        string another = await server.SubmitAsync("alice", "SELECT * FROM tpch.sf1.lineitem");
        await ExpectAsync(server, "admin", $"CALL system.runtime.kill_query(query_id => '{another}', message => 'too big')", "ok");
    }

    [Fact]
    public async Task System_information_rules_guard_the_node_list_and_shutdown()
    {
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(HttpMethod.Get, "/v1/node", "admin")).Status);
        Assert.Equal((HttpStatusCode.Forbidden, "Access Denied: Cannot read system information\n"), await server.SendAsync(HttpMethod.Get, "/v1/node", "alice"));
        using var put = new HttpRequestMessage(HttpMethod.Put, "/v1/info/state") { Content = new StringContent("\"SHUTTING_DOWN\"") };
        put.Headers.Add("X-Trino-User", "alice");
        put.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await server.Http.SendAsync(put, Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Access Denied: Cannot write system information\n", await response.Content.ReadAsStringAsync(Token));
        Assert.Equal(NodeState.Active, server.Host.State);
    }

    [Fact]
    public async Task A_session_property_header_the_rules_deny_fails_the_query()
    {
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync();
        var denied = await server.RunAsync("alice", "SELECT 1", new Dictionary<string, string> { ["X-Trino-Session"] = "query_max_memory_per_node=1GB" });
        Assert.Equal("denied: Cannot set system session property query_max_memory_per_node", Describe(denied));
        var allowed = await server.RunAsync("admin", "SELECT 1", new Dictionary<string, string> { ["X-Trino-Session"] = "query_max_memory_per_node=1GB" });
        Assert.Equal("rows: 1", Describe(allowed));
    }

    [Fact]
    public async Task Groups_from_the_group_file_reach_resource_group_selection()
    {
        const string groups = """
            { "rootGroups": [
                { "name": "analysts", "softMemoryLimit": "100%", "hardConcurrencyLimit": 5, "maxQueued": 5 },
                { "name": "others", "softMemoryLimit": "100%", "hardConcurrencyLimit": 5, "maxQueued": 5 } ],
              "selectors": [{ "userGroup": "analysts", "group": "analysts" }, { "group": "others" }] }
            """;
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync(etcFiles: new() { ["resource-groups.json"] = groups });
        const string sql = "SELECT array_join(resource_group_id, '.') FROM system.runtime.queries WHERE state = 'RUNNING'";
        await ExpectAsync(server, "carol", sql, "rows: analysts");
        await ExpectAsync(server, "guest", sql, "rows: others");
    }

    [Fact]
    public async Task Changed_rules_apply_after_the_refresh_period_and_a_broken_file_keeps_the_old_rules()
    {
        var time = new ManualTimeProvider();
        await using AccessControlCoordinator server = await AccessControlCoordinator.StartAsync(
            rules: """{ "catalogs": [{ "catalog": "tpch", "allow": "all" }] }""", groups: "", refreshPeriod: "1s", time: time);
        await ExpectAsync(server, "alice", "SHOW SCHEMAS FROM memory", "denied: Cannot access catalog memory");

        await File.WriteAllTextAsync(server.RulesPath, """{ "catalogs": [{ "catalog": "tpch|memory", "allow": "all" }] }""", Token);
        await ExpectAsync(server, "alice", "SHOW SCHEMAS FROM memory", "denied: Cannot access catalog memory");   // not looked at yet
        time.Advance(TimeSpan.FromSeconds(2));
        await ExpectAsync(server, "alice", "SHOW SCHEMAS FROM memory", "rows: default, information_schema");

        await File.WriteAllTextAsync(server.RulesPath, """{ "catalogs": [{ "catalog": "tpch", "allow": "al""", Token);
        time.Advance(TimeSpan.FromSeconds(2));
        await ExpectAsync(server, "alice", "SHOW SCHEMAS FROM memory", "rows: default, information_schema");
        Assert.Contains($"Cannot reload {server.RulesPath}, keeping the previous contents: {server.RulesPath}: not valid JSON", server.Log.ToString());
    }

    [Fact]
    public async Task A_bad_rules_file_stops_the_coordinator_with_configuration_invalid_naming_file_and_path()
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => AccessControlCoordinator.StartAsync(
            rules: """{ "tables": [{ "privileges": ["SELECT", "SELEKT"] }] }"""));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Matches(@"^/.*/etc/rules\.json: \$\.tables\[0\]\.privileges\[1\]: unknown privilege 'SELEKT'; expected one of SELECT, INSERT, DELETE, UPDATE, OWNERSHIP, GRANT_SELECT$",
            e.Message);
    }

    [Fact]
    public async Task Impersonation_follows_the_rules_with_capture_groups()
    {
        string rulesFile = Path.Combine(Path.GetTempPath(), "manifold-acl-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(rulesFile, AccessControlCoordinator.DocExample("rules.json"), Token);
        try
        {
            await using SecureCoordinator server = await SecureCoordinator.StartAsync(
                passwordLines:
                [
                    "admin:" + Manifold.Server.Security.PasswordHash.HashBcrypt("admin-secret", 8),
                    "alice:" + Manifold.Server.Security.PasswordHash.HashBcrypt("alice-secret", 8),
                ],
                etcFiles: new Dictionary<string, string>
                {
                    ["access-control.properties"] = $"access-control.name=file\nsecurity.config-file={rulesFile}\n",
                });
            foreach (var (user, password, asUser, allowed) in new[]
            {
                ("admin", "admin-secret", "guest", true),
                ("admin", "admin-secret", "carol", true),
                ("alice", "alice-secret", "alice_sandbox", true),
                ("alice", "alice-secret", "alice", true),
                ("alice", "alice-secret", "carol", false),
                ("alice", "alice-secret", "admin_sandbox", false),
                ("admin", "admin-secret", "bob", false),
            })
            {
                using HttpClient http = server.Https(user, password);
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT current_user") };
                request.Headers.Add("X-Trino-User", asUser);
                using HttpResponseMessage response = await http.SendAsync(request, Token);
                string body = await response.Content.ReadAsStringAsync(Token);
                if (allowed)
                {
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} as {asUser}: {response.StatusCode} {body}");
                    var run = await new ProtocolClient(http).ExecuteAsync("SELECT 1", cancellationToken: Token);
                    Assert.Null(run.Error);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    Assert.Equal($"Access Denied: User {user} cannot impersonate user {asUser}\n", body);
                }
            }
        }
        finally
        {
            File.Delete(rulesFile);
        }
    }

    private static string Describe(AccessControlCoordinator.Result result)
    {
        if (result.ErrorName is null)
        {
            return result.Rows.Count == 0 ? "ok" : "rows: " + string.Join(", ", result.Rows.Select(r => r.Split('|')[0]));
        }
        return result.ErrorName == "PERMISSION_DENIED" && result.Message!.StartsWith("Access Denied: ", StringComparison.Ordinal)
            ? "denied: " + result.Message["Access Denied: ".Length..]
            : $"{result.ErrorName}: {result.Message}";
    }

    /// <summary>Whether the outcome is the expected one; "ok" accepts any success (INSERT reports a row count).</summary>
    private static bool Matches(string expected, string actual)
        => expected == actual || (expected == "ok" && actual.StartsWith("rows: ", StringComparison.Ordinal));

    private static async Task ExpectAsync(AccessControlCoordinator server, string user, string sql, string expected)
    {
        string actual = Describe(await server.RunAsync(user, sql));
        Assert.True(Matches(expected, actual), $"{user}: {sql}\n  expected {expected}\n  got      {actual}");
    }

    private static async Task<string[]> QueryUsersAsync(AccessControlCoordinator server, string user)
    {
        var result = await server.RunAsync(user, "SELECT DISTINCT \"user\" FROM system.runtime.queries ORDER BY 1");
        Assert.Null(result.ErrorName);
        return result.Rows.ToArray();
    }

    private static async Task<string[]> RestQueryUsersAsync(AccessControlCoordinator server, string user)
    {
        var (status, body) = await server.SendAsync(HttpMethod.Get, "/v1/query", user);
        Assert.Equal(HttpStatusCode.OK, status);
        return JsonNode.Parse(body)!.AsArray().Select(q => q!["session"]!["user"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
