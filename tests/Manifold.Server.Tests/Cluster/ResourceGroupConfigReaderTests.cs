using Manifold.Server.Cluster.ResourceGroups;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Cluster;

/// <summary>Reading resource-groups.json: Trino's documented example shape, and every rule a bad file breaks.</summary>
public sealed class ResourceGroupConfigReaderTests
{
    /// <summary>The typical configuration of cluster-and-resources.md §2.5.</summary>
    internal const string TypicalConfig = """
        {
          "rootGroups": [
            {
              "name": "global", "softMemoryLimit": "80%", "hardConcurrencyLimit": 100, "maxQueued": 1000,
              "schedulingPolicy": "weighted", "jmxExport": true,
              "subGroups": [
                { "name": "data_definition", "softMemoryLimit": "10%", "hardConcurrencyLimit": 5, "maxQueued": 100, "schedulingWeight": 1 },
                { "name": "adhoc", "softMemoryLimit": "10%", "hardConcurrencyLimit": 50, "maxQueued": 1, "schedulingWeight": 10,
                  "subGroups": [
                    { "name": "other", "softMemoryLimit": "10%", "hardConcurrencyLimit": 2, "maxQueued": 1, "schedulingWeight": 10,
                      "schedulingPolicy": "weighted_fair",
                      "subGroups": [{ "name": "${USER}", "softMemoryLimit": "10%", "hardConcurrencyLimit": 1, "maxQueued": 100 }] },
                    { "name": "bi-${toolname}", "softMemoryLimit": "10%", "hardConcurrencyLimit": 10, "maxQueued": 100, "schedulingWeight": 10,
                      "schedulingPolicy": "weighted_fair",
                      "subGroups": [{ "name": "${USER}", "softMemoryLimit": "10%", "hardConcurrencyLimit": 3, "maxQueued": 10 }] }
                  ] },
                { "name": "pipeline", "softMemoryLimit": "80%", "hardConcurrencyLimit": 45, "maxQueued": 100, "schedulingWeight": 1,
                  "jmxExport": true,
                  "subGroups": [{ "name": "pipeline_${USER}", "softMemoryLimit": "50%", "hardConcurrencyLimit": 5, "maxQueued": 100 }] }
              ]
            },
            { "name": "admin", "softMemoryLimit": "100%", "hardConcurrencyLimit": 50, "maxQueued": 100, "schedulingPolicy": "query_priority",
              "jmxExport": true }
          ],
          "selectors": [
            { "user": "bob", "group": "admin" },
            { "userGroup": "admin", "group": "admin" },
            { "source": ".*pipeline.*", "queryType": "DATA_DEFINITION", "group": "global.data_definition" },
            { "source": ".*pipeline.*", "group": "global.pipeline.pipeline_${USER}" },
            { "source": "jdbc#(?<toolname>.*)", "clientTags": ["hipri"], "group": "global.adhoc.bi-${toolname}.${USER}" },
            { "group": "global.adhoc.other.${USER}" }
          ]
        }
        """;

    [Fact]
    public void Reads_the_typical_configuration()
    {
        ResourceGroupsSpec spec = ResourceGroupConfigReader.Parse(TypicalConfig);
        Assert.Equal(["global", "admin"], spec.RootGroups.Select(g => g.Name));
        GroupSpec global = spec.RootGroups[0];
        Assert.Equal((SchedulingPolicy.Weighted, 100, 1000, 0.8), (global.SchedulingPolicy, global.HardConcurrencyLimit, global.MaxQueued, global.SoftMemoryFraction));
        Assert.Equal(800, global.SoftMemoryLimit(1000));
        Assert.Equal(6, spec.Selectors.Count);
        SelectorSpec bi = spec.Selectors[4];
        Assert.Equal(["global", "adhoc", "bi-${toolname}", "${USER}"], bi.Path.Select(p => p.Name));
        Assert.Equal(["hipri"], bi.ClientTags);
        Assert.Equal("DATA_DEFINITION", spec.Selectors[2].QueryType);
    }

    [Fact]
    public void The_typical_configuration_routes_queries_as_documented()
    {
        var manager = new ResourceGroupManager(ResourceGroupConfigReader.Parse(TypicalConfig), "n1");
        string Group(string user, string? source = null, string type = "SELECT", string[]? tags = null)
        {
            var request = new Manifold.Server.Cluster.AdmissionRequest("q" + Guid.NewGuid().ToString("N"), user, source, type, new HashSet<string>(tags ?? []));
            return manager.AdmitAsync(request, CancellationToken.None).AsTask().Result.ResourceGroupId;
        }
        Assert.Equal("admin", Group("bob"));
        Assert.Equal("global.data_definition", Group("carol", "nightly-pipeline", "DATA_DEFINITION"));
        Assert.Equal("global.pipeline.pipeline_carol", Group("carol", "nightly-pipeline"));
        Assert.Equal("global.adhoc.bi-tableau.dave", Group("dave", "jdbc#tableau", tags: ["hipri"]));
        Assert.Equal("global.adhoc.other.dave", Group("dave", "jdbc#tableau"));
    }

    [Theory]
    [InlineData("{", "is not valid JSON")]
    [InlineData("[]", "$: must be an object, not an array")]
    [InlineData("""{ "selectors": [] }""", "$: rootGroups is required")]
    [InlineData("""{ "rootGroups": [], "selectors": [] }""", "$.rootGroups: at least one root group is required")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups[0]: hardConcurrencyLimit is required")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": -1, "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups[0].hardConcurrencyLimit: must be a non-negative integer, not -1")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": "2", "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups[0].hardConcurrencyLimit: must be a non-negative integer, not a string")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "lots", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups[0].softMemoryLimit: must be a data size (like 1GB) or a percentage (like 80%): 'lots'")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "120%", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [] }""",
        "a percentage must be between 0% and 100%")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "softConcurrencyLimit": 2, "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups[0].softConcurrencyLimit: must not exceed hardConcurrencyLimit (1)")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingPolicy": "lottery" }], "selectors": [] }""",
        "unknown policy 'lottery'")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "maxQueue": 1 }], "selectors": [] }""",
        "$.rootGroups[0].maxQueue: unknown field")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "hardCpuLimit": "1h" }], "selectors": [] }""",
        "$.rootGroups[0].hardCpuLimit: CPU and data-scan quotas and resource-estimate selectors are not supported yet")]
    [InlineData("""{ "rootGroups": [{ "name": "a.b", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [] }""",
        "a group name must be non-empty and contain no '.'")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }, { "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [] }""",
        "$.rootGroups: duplicate group name 'g'")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingPolicy": "weighted", "subGroups": [{ "name": "a", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingWeight": 2 }, { "name": "b", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }] }], "selectors": [] }""",
        "either every sub-group sets schedulingWeight or none does")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingPolicy": "fair", "subGroups": [{ "name": "a", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingWeight": 2 }] }], "selectors": [] }""",
        "schedulingWeight is only allowed under weighted or weighted_fair groups ('g' is fair)")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingPolicy": "query_priority", "subGroups": [{ "name": "a", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1, "schedulingPolicy": "fair" }] }], "selectors": [] }""",
        "the parent uses query_priority, so its descendants must too")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "group": "h" }] }""",
        "$.selectors[0].group: 'h' is not a group of this file")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "user": "(", "group": "g" }] }""",
        "$.selectors[0].user: is not a valid regular expression")]
    [InlineData("""{ "rootGroups": [{ "name": "g", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "queryType": "SELEC", "group": "g" }] }""",
        "$.selectors[0].queryType: unknown query type 'SELEC'")]
    [InlineData("""{ "rootGroups": [{ "name": "${team}", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "group": "${team}" }] }""",
        "the variable ${team} is not defined by this selector")]
    [InlineData("""{ "rootGroups": [{ "name": "${x}", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "user": "(?<x>a)", "source": "(?<x>b)", "group": "${x}" }] }""",
        "the named group 'x' is defined more than once")]
    public void Bad_files_fail_with_invalid_resource_group_naming_the_place(string json, string message)
    {
        var error = Assert.Throws<ManifoldException>(() => ResourceGroupConfigReader.Parse(json, "etc/resource-groups.json"));
        Assert.Equal(StandardErrorCode.InvalidResourceGroup, error.ErrorCode);
        Assert.StartsWith("etc/resource-groups.json: ", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_etc_folder_names_its_file_in_resource_groups_properties_or_holds_resource_groups_json()
    {
        string etc = Directory.CreateTempSubdirectory("manifold-rg-").FullName;
        try
        {
            Assert.Null(ResourceGroupConfigReader.LoadFromEtc(etc));
            File.WriteAllText(Path.Combine(etc, "resource-groups.json"), TypicalConfig);
            Assert.Equal(2, ResourceGroupConfigReader.LoadFromEtc(etc)!.RootGroups.Count);

            File.WriteAllText(Path.Combine(etc, "groups.json"), """
                { "rootGroups": [{ "name": "only", "softMemoryLimit": "1GB", "hardConcurrencyLimit": 1, "maxQueued": 1 }], "selectors": [{ "group": "only" }] }
                """);
            File.WriteAllText(Path.Combine(etc, "resource-groups.properties"), "resource-groups.configuration-manager=file\nresource-groups.config-file=groups.json\n");
            Assert.Equal("only", ResourceGroupConfigReader.LoadFromEtc(etc)!.RootGroups.Single().Name);

            File.WriteAllText(Path.Combine(etc, "resource-groups.properties"), "resource-groups.configuration-manager=db\n");
            Assert.Contains("'db' is not supported", Assert.Throws<ManifoldException>(() => ResourceGroupConfigReader.LoadFromEtc(etc)).Message);
            File.WriteAllText(Path.Combine(etc, "resource-groups.properties"), "resource-groups.config-file=missing.json\n");
            var missing = Assert.Throws<ManifoldException>(() => ResourceGroupConfigReader.LoadFromEtc(etc));
            Assert.Equal(StandardErrorCode.InvalidResourceGroup, missing.ErrorCode);
            Assert.Contains("missing.json: cannot be read", missing.Message);
        }
        finally
        {
            Directory.Delete(etc, recursive: true);
        }
    }
}
