using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Server.Cluster.ResourceGroups;

/// <summary>Reads Trino's file-based resource group configuration (<c>resource-groups.json</c>) and checks it as Trino
/// does. Every problem fails with INVALID_RESOURCE_GROUP naming the file and the JSON path.</summary>
public static partial class ResourceGroupConfigReader
{
    private static readonly HashSet<string> s_queryTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "EXPLAIN", "DESCRIBE", "INSERT", "UPDATE", "MERGE", "DELETE", "ANALYZE", "DATA_DEFINITION", "ALTER_TABLE_EXECUTE",
    };

    /// <summary>Trino's settings that Manifold does not enforce yet: a file that uses them is refused rather than
    /// silently running without the limit.</summary>
    private static readonly HashSet<string> s_unsupported = new(StringComparer.Ordinal)
    {
        "softCpuLimit", "hardCpuLimit", "cpuQuotaPeriod", "hardPhysicalDataScanLimit", "physicalDataScanQuotaPeriod",
        "selectorResourceEstimate",
    };

    /// <summary>The configuration of a coordinator's <c>etc/</c> folder: <c>resource-groups.properties</c> naming the
    /// file (<c>resource-groups.configuration-manager=file</c>, <c>resource-groups.config-file</c>, relative to
    /// <paramref name="etcDirectory"/>), else <c>resource-groups.json</c>, else null (no file: use the default).</summary>
    public static ResourceGroupsSpec? LoadFromEtc(string? etcDirectory)
    {
        if (etcDirectory is null)
        {
            return null;
        }
        string properties = Path.Combine(etcDirectory, "resource-groups.properties");
        if (File.Exists(properties))
        {
            IReadOnlyDictionary<string, string> settings = PropertiesFile.Load(properties);
            string manager = settings.GetValueOrDefault("resource-groups.configuration-manager", "file").Trim();
            if (!manager.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                throw Invalid(properties, $"resource-groups.configuration-manager '{manager}' is not supported (only 'file')");
            }
            if (!settings.TryGetValue("resource-groups.config-file", out string? configFile) || string.IsNullOrWhiteSpace(configFile))
            {
                throw Invalid(properties, "resource-groups.config-file is required");
            }
            return Load(Path.GetFullPath(configFile.Trim(), etcDirectory));
        }
        string json = Path.Combine(etcDirectory, "resource-groups.json");
        return File.Exists(json) ? Load(json) : null;
    }

    /// <summary>Reads and checks one resource-groups.json file.</summary>
    public static ResourceGroupsSpec Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Invalid(path, $"cannot be read: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses and checks a resource-groups.json document; <paramref name="source"/> names it in errors.</summary>
    public static ResourceGroupsSpec Parse(string json, string source = "resource-groups.json")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Invalid(source, $"is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var reader = new Reader(source);
            return reader.Document(document.RootElement);
        }
    }

    private static ManifoldException Invalid(string source, string message)
        => new(StandardErrorCode.InvalidResourceGroup, $"{source}: {message}");

    [GeneratedRegex(@"\$\{([A-Za-z][A-Za-z0-9]*)\}")]
    internal static partial Regex VariablePattern();

    [GeneratedRegex(@"\(\?<([A-Za-z][A-Za-z0-9]*)>")]
    private static partial Regex NamedGroupPattern();

    private sealed class Reader(string source)
    {
        public ResourceGroupsSpec Document(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$");
            CheckFields(root, "$", "rootGroups", "selectors", "cpuQuotaPeriod", "physicalDataScanQuotaPeriod");
            List<GroupSpec> roots = Groups(Required(root, "rootGroups", "$"), "$.rootGroups", parent: null);
            if (roots.Count == 0)
            {
                throw Fail("$.rootGroups", "at least one root group is required");
            }
            JsonElement selectorsElement = Required(root, "selectors", "$");
            Expect(selectorsElement, JsonValueKind.Array, "$.selectors");
            var selectors = new List<SelectorSpec>();
            int index = 0;
            foreach (JsonElement selector in selectorsElement.EnumerateArray())
            {
                selectors.Add(Selector(selector, $"$.selectors[{index++}]", roots));
            }
            return new ResourceGroupsSpec(roots, selectors);
        }

        private List<GroupSpec> Groups(JsonElement element, string path, GroupSpec? parent)
        {
            Expect(element, JsonValueKind.Array, path);
            var groups = new List<GroupSpec>();
            int index = 0;
            foreach (JsonElement child in element.EnumerateArray())
            {
                GroupSpec group = Group(child, $"{path}[{index++}]", parent);
                if (groups.Any(g => g.Name == group.Name))
                {
                    throw Fail(path, $"duplicate group name '{group.Name}'");
                }
                groups.Add(group);
            }
            return groups;
        }

        private GroupSpec Group(JsonElement element, string path, GroupSpec? parent)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckFields(element, path, "name", "maxQueued", "hardConcurrencyLimit", "maxRunning", "softConcurrencyLimit",
                "softMemoryLimit", "schedulingPolicy", "schedulingWeight", "jmxExport", "subGroups", "softCpuLimit", "hardCpuLimit",
                "hardPhysicalDataScanLimit");
            string name = String(Required(element, "name", path), path + ".name");
            if (name.Length == 0 || name.Contains('.', StringComparison.Ordinal))
            {
                throw Fail(path + ".name", $"a group name must be non-empty and contain no '.': '{name}'");
            }
            int maxQueued = Int(Required(element, "maxQueued", path), path + ".maxQueued");
            JsonElement hardElement = element.TryGetProperty("hardConcurrencyLimit", out JsonElement hard) ? hard
                : element.TryGetProperty("maxRunning", out JsonElement running) ? running
                : throw Fail(path, "hardConcurrencyLimit is required");
            int hardLimit = Int(hardElement, path + ".hardConcurrencyLimit");
            int? softLimit = element.TryGetProperty("softConcurrencyLimit", out JsonElement soft) ? Int(soft, path + ".softConcurrencyLimit") : null;
            if (softLimit > hardLimit)
            {
                throw Fail(path + ".softConcurrencyLimit", $"must not exceed hardConcurrencyLimit ({hardLimit})");
            }
            (long? memoryBytes, double? memoryFraction) = Memory(Required(element, "softMemoryLimit", path), path + ".softMemoryLimit");
            SchedulingPolicy? explicitPolicy = null;
            if (element.TryGetProperty("schedulingPolicy", out JsonElement policyElement))
            {
                string text = String(policyElement, path + ".schedulingPolicy");
                explicitPolicy = SchedulingPolicies.TryParse(text, out SchedulingPolicy parsed)
                    ? parsed
                    : throw Fail(path + ".schedulingPolicy", $"unknown policy '{text}' (fair, weighted, weighted_fair or query_priority)");
            }
            SchedulingPolicy? policy = explicitPolicy;
            if (parent?.SchedulingPolicy == SchedulingPolicy.QueryPriority)
            {
                if (policy is { } own && own != SchedulingPolicy.QueryPriority)
                {
                    throw Fail(path + ".schedulingPolicy", "the parent uses query_priority, so its descendants must too");
                }
                policy = SchedulingPolicy.QueryPriority;
            }
            int? weight = null;
            if (element.TryGetProperty("schedulingWeight", out JsonElement weightElement))
            {
                weight = Int(weightElement, path + ".schedulingWeight");
                if (weight < 1)
                {
                    throw Fail(path + ".schedulingWeight", "must be at least 1");
                }
            }
            if (element.TryGetProperty("jmxExport", out JsonElement jmx) && jmx.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw Fail(path + ".jmxExport", "must be true or false");
            }
            var group = new GroupSpec
            {
                Name = name,
                MaxQueued = maxQueued,
                HardConcurrencyLimit = hardLimit,
                SoftConcurrencyLimit = softLimit,
                SoftMemoryBytes = memoryBytes,
                SoftMemoryFraction = memoryFraction,
                SchedulingPolicy = policy ?? SchedulingPolicy.Fair,
                SchedulingWeight = weight,
            };
            if (!element.TryGetProperty("subGroups", out JsonElement children))
            {
                return group;
            }
            List<GroupSpec> subGroups = Groups(children, path + ".subGroups", group);
            CheckWeights(subGroups, name, explicitPolicy, path + ".subGroups");
            return group with { SubGroups = subGroups };
        }

        /// <summary>As Trino, where a group names its policy: under weighted ones all children set a weight or none
        /// does; under the others none may.</summary>
        private void CheckWeights(List<GroupSpec> children, string parent, SchedulingPolicy? policy, string path)
        {
            int weighted = children.Count(c => c.SchedulingWeight is not null);
            if (policy is SchedulingPolicy.Weighted or SchedulingPolicy.WeightedFair)
            {
                if (weighted != 0 && weighted != children.Count)
                {
                    throw Fail(path, $"under the {policy.Value.ToConfigName()} group '{parent}' either every sub-group sets schedulingWeight or none does");
                }
            }
            else if (policy is not null && weighted != 0)
            {
                throw Fail(path, $"schedulingWeight is only allowed under weighted or weighted_fair groups ('{parent}' is {policy.Value.ToConfigName()})");
            }
        }

        private SelectorSpec Selector(JsonElement element, string path, IReadOnlyList<GroupSpec> roots)
        {
            Expect(element, JsonValueKind.Object, path);
            CheckFields(element, path, "user", "userGroup", "originalUser", "authenticatedUser", "source", "queryType", "clientTags",
                "group", "selectorResourceEstimate");
            var variables = new HashSet<string>(StringComparer.Ordinal) { "USER", "SOURCE" };
            Regex? Pattern(string field)
            {
                if (!element.TryGetProperty(field, out JsonElement value))
                {
                    return null;
                }
                string text = String(value, $"{path}.{field}");
                Regex regex;
                try
                {
                    regex = new Regex("^(?:" + text + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException e)
                {
                    throw Fail($"{path}.{field}", $"is not a valid regular expression: {e.Message}");
                }
                foreach (Match name in NamedGroupPattern().Matches(text))
                {
                    if (!variables.Add(name.Groups[1].Value))
                    {
                        throw Fail($"{path}.{field}", $"the named group '{name.Groups[1].Value}' is defined more than once");
                    }
                }
                return regex;
            }
            Regex? user = Pattern("user");
            Regex? userGroup = Pattern("userGroup");
            Regex? originalUser = Pattern("originalUser");
            Regex? authenticatedUser = Pattern("authenticatedUser");
            Regex? sourceRegex = Pattern("source");
            string? queryType = null;
            if (element.TryGetProperty("queryType", out JsonElement typeElement))
            {
                queryType = String(typeElement, path + ".queryType").ToUpperInvariant();
                if (!s_queryTypes.Contains(queryType))
                {
                    throw Fail(path + ".queryType", $"unknown query type '{queryType}' ({string.Join(", ", s_queryTypes)})");
                }
            }
            var tags = new List<string>();
            if (element.TryGetProperty("clientTags", out JsonElement tagsElement))
            {
                Expect(tagsElement, JsonValueKind.Array, path + ".clientTags");
                foreach (JsonElement tag in tagsElement.EnumerateArray())
                {
                    tags.Add(String(tag, path + ".clientTags[]"));
                }
            }
            string group = String(Required(element, "group", path), path + ".group");
            foreach (Match variable in VariablePattern().Matches(group))
            {
                if (!variables.Contains(variable.Groups[1].Value))
                {
                    throw Fail(path + ".group", $"the variable ${{{variable.Groups[1].Value}}} is not defined by this selector (USER, SOURCE or a named group of its expressions)");
                }
            }
            return new SelectorSpec
            {
                User = user,
                UserGroup = userGroup,
                OriginalUser = originalUser,
                AuthenticatedUser = authenticatedUser,
                Source = sourceRegex,
                QueryType = queryType,
                ClientTags = tags,
                Group = group,
                Path = ResolvePath(group, roots, path + ".group"),
            };
        }

        private List<GroupSpec> ResolvePath(string group, IReadOnlyList<GroupSpec> roots, string path)
        {
            var specs = new List<GroupSpec>();
            IReadOnlyList<GroupSpec> level = roots;
            foreach (string segment in group.Split('.'))
            {
                GroupSpec next = level.FirstOrDefault(g => g.Name == segment)
                    ?? throw Fail(path, $"'{group}' is not a group of this file (no '{segment}' under '{string.Join('.', specs.Select(s => s.Name))}')");
                specs.Add(next);
                level = next.SubGroups;
            }
            return specs;
        }

        private (long? Bytes, double? Fraction) Memory(JsonElement element, string path)
        {
            string text = String(element, path).Trim();
            if (text.EndsWith('%'))
            {
                if (double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && percent is >= 0 and <= 100)
                {
                    return (null, percent / 100);
                }
                throw Fail(path, $"a percentage must be between 0% and 100%: '{text}'");
            }
            return DataSize.TryParse(text, out long bytes)
                ? (bytes, null)
                : throw Fail(path, $"must be a data size (like 1GB) or a percentage (like 80%): '{text}'");
        }

        private void CheckFields(JsonElement element, string path, params string[] known)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (s_unsupported.Contains(property.Name))
                {
                    throw Fail($"{path}.{property.Name}", "CPU and data-scan quotas and resource-estimate selectors are not supported yet; remove the setting");
                }
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw Fail($"{path}.{property.Name}", $"unknown field (expected one of {string.Join(", ", known.Where(k => !s_unsupported.Contains(k)))})");
                }
            }
        }

        private JsonElement Required(JsonElement element, string name, string path)
            => element.TryGetProperty(name, out JsonElement value) ? value : throw Fail(path, $"{name} is required");

        private string String(JsonElement element, string path)
            => element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Fail(path, $"must be a string, not {Kind(element)}");

        private int Int(JsonElement element, string path)
            => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out int value) && value >= 0
                ? value
                : throw Fail(path, $"must be a non-negative integer, not {(element.ValueKind == JsonValueKind.Number ? element.GetRawText() : Kind(element))}");

        private void Expect(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind != kind)
            {
                throw Fail(path, $"must be {(kind == JsonValueKind.Array ? "an array" : "an object")}, not {Kind(element)}");
            }
        }

        private static string Kind(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.Null => "null",
            _ => "a boolean",
        };

        private ManifoldException Fail(string path, string message) => Invalid(source, $"{path}: {message}");
    }
}
