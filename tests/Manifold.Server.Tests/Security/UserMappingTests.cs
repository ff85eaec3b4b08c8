using Manifold.Server.Security;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Security;

/// <summary>Trino's user mapping (<c>*.user-mapping.pattern</c> and <c>*.user-mapping.file</c>), shared by the
/// PASSWORD, KERBEROS and JWT authenticators.</summary>
public sealed class UserMappingTests : IDisposable
{
    private const string Prefix = "http-server.authentication.krb5.";

    private readonly string _directory = Directory.CreateTempSubdirectory("manifold-usermapping-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static UserMapping Pattern(string pattern) => UserMapping.Load(new Dictionary<string, string> { [Prefix + "user-mapping.pattern"] = pattern }, Prefix);

    private UserMapping File(string json)
    {
        string path = Path.Combine(_directory, $"mapping-{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, json);
        return UserMapping.Load(new Dictionary<string, string> { [Prefix + "user-mapping.file"] = path }, Prefix);
    }

    private static string? Map(UserMapping mapping, string principal) => mapping.TryMap(principal, out string user, out _) ? user : null;

    [Fact]
    public void Without_a_mapping_the_principal_is_the_user()
    {
        UserMapping mapping = UserMapping.Load(new Dictionary<string, string>(), Prefix);
        Assert.Same(UserMapping.None, mapping);
        Assert.Equal("alice@EXAMPLE.COM", Map(mapping, "alice@EXAMPLE.COM"));
        Assert.Null(Map(mapping, ""));
    }

    [Fact]
    public void A_pattern_must_match_the_whole_principal_and_its_first_group_is_the_user()
    {
        UserMapping mapping = Pattern(@"(.*)@EXAMPLE\.COM");
        Assert.Equal("alice", Map(mapping, "alice@EXAMPLE.COM"));
        Assert.False(mapping.TryMap("alice@EXAMPLE.COM.evil.org", out _, out string reason));
        Assert.Equal($"does not match {Prefix}user-mapping.pattern", reason);
        Assert.Null(Map(mapping, "@EXAMPLE.COM"));   // an empty user is no user
    }

    [Fact]
    public void File_rules_are_tried_in_order_and_the_first_match_decides()
    {
        UserMapping mapping = File("""
            {
              // comments are allowed, as in rules.json
              "rules": [
                { "pattern": "root@.*", "allow": false },
                { "pattern": "(.*)/admin@(.*)", "user": "$1_admin", "case": "lower" },
                { "pattern": "(.*)@EXAMPLE\\.COM" },
                { "pattern": "(.*)@(.*)", "user": "$2-$1", "case": "upper" }
              ]
            }
            """);
        Assert.Equal("alice", Map(mapping, "alice@EXAMPLE.COM"));
        Assert.Equal("bob_admin", Map(mapping, "BOB/admin@EXAMPLE.COM"));
        Assert.Equal("OTHER.ORG-CAROL", Map(mapping, "carol@other.org"));
        Assert.False(mapping.TryMap("root@EXAMPLE.COM", out _, out string refused));
        Assert.Equal($"is refused by {Prefix}user-mapping.file", refused);
        Assert.False(mapping.TryMap("no-realm", out _, out string unmatched));
        Assert.Equal($"does not match {Prefix}user-mapping.file", unmatched);
    }

    [Fact]
    public void The_example_file_of_the_docs_maps_as_described()
    {
        UserMapping mapping = File(AccessControlCoordinator.DocExample("user-mapping.json"));
        Assert.Equal("alice", Map(mapping, "Alice@EXAMPLE.COM"));
        Assert.Equal("bob_admin", Map(mapping, "bob/admin@EXAMPLE.COM"));
        Assert.Null(Map(mapping, "root@EXAMPLE.COM"));
        Assert.Null(Map(mapping, "carol@OTHER.ORG"));
    }

    [Theory]
    [InlineData("(unclosed", "user-mapping.pattern is not a valid regular expression")]
    [InlineData("a)|(b", "user-mapping.pattern is not a valid regular expression")]
    [InlineData(".*", "user-mapping.pattern needs a capturing group")]
    public void A_bad_pattern_is_a_configuration_error_naming_the_property(string pattern, string message)
    {
        var e = Assert.Throws<ManifoldException>(() => Pattern(pattern));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains(Prefix + message, e.Message);
    }

    [Theory]
    [InlineData("not json", "is not valid JSON")]
    [InlineData("""{"rules": {}}""", "must hold an object with a \"rules\" array")]
    [InlineData("""{"rules": [{"user": "x"}]}""", "rule 1 has no \"pattern\"")]
    [InlineData("""{"rules": [{"pattern": "(.*)", "who": "x"}]}""", "rule 1: unknown field 'who'")]
    [InlineData("""{"rules": [{"pattern": "(.*)"}, {"pattern": "(.*)", "case": "title"}]}""", "rule 2: \"case\" must be keep, lower or upper")]
    [InlineData("""{"rules": [{"pattern": "(.*)", "allow": "yes"}]}""", "rule 1: \"allow\" must be true or false")]
    [InlineData("""{"rules": [{"pattern": "[x"}]}""", "rule 1 is not a valid regular expression")]
    [InlineData("""{"rules": [{"pattern": ".*"}]}""", "rule 1: the user '$1' names group 1 but the pattern has no group")]
    public void A_bad_mapping_file_is_a_configuration_error_naming_the_property_and_rule(string json, string message)
    {
        var e = Assert.Throws<ManifoldException>(() => File(json));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains(Prefix + "user-mapping.file", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_missing_file_or_both_properties_are_configuration_errors()
    {
        var missing = Assert.Throws<ManifoldException>(() => UserMapping.Load(
            new Dictionary<string, string> { [Prefix + "user-mapping.file"] = Path.Combine(_directory, "none.json") }, Prefix));
        Assert.Contains($"{Prefix}user-mapping.file: cannot read", missing.Message);
        var both = Assert.Throws<ManifoldException>(() => UserMapping.Load(new Dictionary<string, string>
        {
            [Prefix + "user-mapping.pattern"] = "(.*)",
            [Prefix + "user-mapping.file"] = "mapping.json",
        }, Prefix));
        Assert.Contains("cannot both be set", both.Message);
    }
}
