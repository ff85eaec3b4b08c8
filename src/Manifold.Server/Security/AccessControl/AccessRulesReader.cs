using System.Text.Json;
using System.Text.RegularExpressions;
using Manifold.Spi.Errors;

namespace Manifold.Server.Security.AccessControl;

/// <summary>Reads Trino's rules.json (system-level file-based access control). A file that does not parse, an unknown
/// section, field or value, an invalid regular expression or a missing required field fails with CONFIGURATION_INVALID
/// naming the file and the JSON path: <c>etc/rules.json: $.tables[1].privileges[0]: unknown privilege 'SELEKT' …</c>.</summary>
/// <remarks>Sections <c>functions</c>, <c>procedures</c> and <c>authorization</c> are accepted and ignored (only
/// built-in functions exist; ownership cannot be changed). Row filters and column masks are refused.</remarks>
internal static class AccessRulesReader
{
    private const string PrivilegeNames = "SELECT, INSERT, DELETE, UPDATE, OWNERSHIP, GRANT_SELECT";

    private static readonly string[] IgnoredSections = ["functions", "procedures", "authorization"];

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming <paramref name="fileName"/> and the JSON path.</exception>
    public static AccessRules Parse(string fileName, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                $"{fileName}: not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})");
        }
        using (document)
        {
            var reader = new Reader(fileName);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw reader.Error("$", "must be a JSON object with rule sections such as \"catalogs\" and \"tables\"");
            }
            var rules = new AccessRules();
            foreach (JsonProperty section in root.EnumerateObject())
            {
                string path = "$." + section.Name;
                rules = section.Name switch
                {
                    "catalogs" => rules with { Catalogs = reader.Rules(section.Value, path, reader.CatalogRule) },
                    "schemas" => rules with { Schemas = reader.Rules(section.Value, path, reader.SchemaRule) },
                    "tables" => rules with { Tables = reader.Rules(section.Value, path, reader.TableRule) },
                    "queries" => rules with { Queries = reader.Rules(section.Value, path, reader.QueryRule) },
                    "impersonation" => rules with { Impersonation = reader.Rules(section.Value, path, reader.ImpersonationRule) },
                    "system_session_properties" => rules with
                    {
                        SystemSessionProperties = reader.Rules(section.Value, path, (e, p) => reader.SessionPropertyRule(e, p, catalog: false)),
                    },
                    "catalog_session_properties" => rules with
                    {
                        CatalogSessionProperties = reader.Rules(section.Value, path, (e, p) => reader.SessionPropertyRule(e, p, catalog: true)),
                    },
                    "system_information" => rules with { SystemInformation = reader.Rules(section.Value, path, reader.SystemInformationRule) },
                    "principals" => throw reader.Error(path, "principal rules are not supported; use impersonation rules"),
                    _ when IgnoredSections.Contains(section.Name) => rules,
                    _ => throw reader.Error(path, "unknown section; expected catalogs, schemas, tables, queries, impersonation, "
                        + "system_session_properties, catalog_session_properties or system_information"),
                };
            }
            return rules;
        }
    }

    private sealed class Reader(string fileName)
    {
        public ManifoldException Error(string path, string problem) => new(StandardErrorCode.ConfigurationInvalid, $"{fileName}: {path}: {problem}");

        public IReadOnlyList<T> Rules<T>(JsonElement section, string path, Func<JsonElement, string, T> read)
        {
            if (section.ValueKind != JsonValueKind.Array)
            {
                throw Error(path, "must be an array of rules");
            }
            var rules = new List<T>();
            int index = 0;
            foreach (JsonElement rule in section.EnumerateArray())
            {
                string rulePath = $"{path}[{index++}]";
                if (rule.ValueKind != JsonValueKind.Object)
                {
                    throw Error(rulePath, "a rule must be a JSON object");
                }
                rules.Add(read(rule, rulePath));
            }
            return rules;
        }

        public CatalogRule CatalogRule(JsonElement rule, string path)
        {
            Fields(rule, path, "user", "role", "group", "catalog", "allow");
            JsonElement allow = Required(rule, path, "allow");
            CatalogAccess access = allow.ValueKind switch
            {
                JsonValueKind.True => CatalogAccess.All,
                JsonValueKind.False => CatalogAccess.None,
                JsonValueKind.String => allow.GetString() switch
                {
                    "all" => CatalogAccess.All,
                    "read-only" => CatalogAccess.ReadOnly,
                    "none" => CatalogAccess.None,
                    var other => throw Error(path + ".allow", $"unknown value '{other}'; expected all, read-only or none"),
                },
                _ => throw Error(path + ".allow", "must be \"all\", \"read-only\" or \"none\""),
            };
            return new CatalogRule(Identity(rule, path), Pattern(rule, path, "catalog"), access);
        }

        public SchemaRule SchemaRule(JsonElement rule, string path)
        {
            Fields(rule, path, "user", "role", "group", "catalog", "schema", "owner");
            return new SchemaRule(Identity(rule, path), Pattern(rule, path, "catalog"), Pattern(rule, path, "schema"),
                Bool(Required(rule, path, "owner"), path + ".owner"));
        }

        public TableRule TableRule(JsonElement rule, string path)
        {
            Fields(rule, path, "user", "role", "group", "catalog", "schema", "table", "privileges", "columns", "filter", "filter_environment");
            if (rule.TryGetProperty("filter", out _) || rule.TryGetProperty("filter_environment", out _))
            {
                throw Error(path + ".filter", "row filters are not supported");
            }
            JsonElement privileges = Required(rule, path, "privileges");
            if (privileges.ValueKind != JsonValueKind.Array)
            {
                throw Error(path + ".privileges", $"must be an array of privileges ({PrivilegeNames})");
            }
            var granted = TablePrivileges.None;
            int index = 0;
            foreach (JsonElement privilege in privileges.EnumerateArray())
            {
                string privilegePath = $"{path}.privileges[{index++}]";
                string? name = privilege.ValueKind == JsonValueKind.String ? privilege.GetString() : privilege.GetRawText();
                granted |= name switch
                {
                    "SELECT" => TablePrivileges.Select,
                    "INSERT" => TablePrivileges.Insert,
                    "DELETE" => TablePrivileges.Delete,
                    "UPDATE" => TablePrivileges.Update,
                    "OWNERSHIP" => TablePrivileges.Ownership,
                    "GRANT_SELECT" => TablePrivileges.GrantSelect,
                    _ => throw Error(privilegePath, $"unknown privilege '{name}'; expected one of {PrivilegeNames}"),
                };
            }
            var denied = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (rule.TryGetProperty("columns", out JsonElement columns))
            {
                if (columns.ValueKind != JsonValueKind.Array)
                {
                    throw Error(path + ".columns", "must be an array of column constraints");
                }
                index = 0;
                foreach (JsonElement column in columns.EnumerateArray())
                {
                    string columnPath = $"{path}.columns[{index++}]";
                    if (column.ValueKind != JsonValueKind.Object)
                    {
                        throw Error(columnPath, "a column constraint must be a JSON object");
                    }
                    Fields(column, columnPath, "name", "allow", "mask", "mask_environment");
                    if (column.TryGetProperty("mask", out _) || column.TryGetProperty("mask_environment", out _))
                    {
                        throw Error(columnPath + ".mask", "column masks are not supported");
                    }
                    string name = String(Required(column, columnPath, "name"), columnPath + ".name");
                    if (column.TryGetProperty("allow", out JsonElement allow) && !Bool(allow, columnPath + ".allow"))
                    {
                        denied.Add(name);
                    }
                }
            }
            return new TableRule(Identity(rule, path), Pattern(rule, path, "catalog"), Pattern(rule, path, "schema"), Pattern(rule, path, "table"),
                granted, denied);
        }

        public QueryRule QueryRule(JsonElement rule, string path)
        {
            Fields(rule, path, "user", "role", "group", "queryOwner", "allow");
            JsonElement allow = Required(rule, path, "allow");
            if (allow.ValueKind != JsonValueKind.Array)
            {
                throw Error(path + ".allow", "must be an array of execute, view or kill");
            }
            var access = QueryAccess.None;
            int index = 0;
            foreach (JsonElement value in allow.EnumerateArray())
            {
                string name = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                access |= name switch
                {
                    "execute" => QueryAccess.Execute,
                    "view" => QueryAccess.View,
                    "kill" => QueryAccess.Kill,
                    _ => throw Error($"{path}.allow[{index}]", $"unknown query access '{name}'; expected execute, view or kill"),
                };
                index++;
            }
            Regex? owner = Pattern(rule, path, "queryOwner");
            if (owner is not null && access.HasFlag(QueryAccess.Execute))
            {
                throw Error(path, "a rule with queryOwner may not allow execute");
            }
            return new QueryRule(Identity(rule, path), owner, access);
        }

        public ImpersonationRule ImpersonationRule(JsonElement rule, string path)
        {
            Fields(rule, path, "original_user", "original_role", "new_user", "allow");
            string newUser = String(Required(rule, path, "new_user"), path + ".new_user");
            bool allow = !rule.TryGetProperty("allow", out JsonElement value) || Bool(value, path + ".allow");
            return new ImpersonationRule(Pattern(rule, path, "original_user"), Pattern(rule, path, "original_role"), newUser, allow);
        }

        public SessionPropertyRule SessionPropertyRule(JsonElement rule, string path, bool catalog)
        {
            if (catalog)
            {
                Fields(rule, path, "user", "role", "group", "catalog", "property", "allow");
            }
            else
            {
                Fields(rule, path, "user", "role", "group", "property", "allow");
            }
            return new SessionPropertyRule(Identity(rule, path), catalog ? Pattern(rule, path, "catalog") : null, Pattern(rule, path, "property"),
                Bool(Required(rule, path, "allow"), path + ".allow"));
        }

        public SystemInformationRule SystemInformationRule(JsonElement rule, string path)
        {
            Fields(rule, path, "user", "role", "allow");
            JsonElement allow = Required(rule, path, "allow");
            if (allow.ValueKind != JsonValueKind.Array)
            {
                throw Error(path + ".allow", "must be an array of read or write");
            }
            bool read = false, write = false;
            int index = 0;
            foreach (JsonElement value in allow.EnumerateArray())
            {
                switch (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())
                {
                    case "read":
                        read = true;
                        break;
                    case "write":
                        write = true;
                        break;
                    case var other:
                        throw Error($"{path}.allow[{index}]", $"unknown system information access '{other}'; expected read or write");
                }
                index++;
            }
            return new SystemInformationRule(new IdentityPattern(Pattern(rule, path, "user"), null, Pattern(rule, path, "role")), read, write);
        }

        private IdentityPattern Identity(JsonElement rule, string path)
            => new(Pattern(rule, path, "user"), Pattern(rule, path, "group"), Pattern(rule, path, "role"));

        private void Fields(JsonElement rule, string path, params string[] known)
        {
            foreach (JsonProperty property in rule.EnumerateObject())
            {
                if (!known.Contains(property.Name))
                {
                    throw Error($"{path}.{property.Name}", $"unknown field; expected {string.Join(", ", known)}");
                }
            }
        }

        private JsonElement Required(JsonElement rule, string path, string name)
            => rule.TryGetProperty(name, out JsonElement value) ? value : throw Error($"{path}.{name}", "is required");

        private bool Bool(JsonElement value, string path) => value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(path, "must be true or false"),
        };

        private string String(JsonElement value, string path)
            => value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Error(path, "must be a string");

        /// <summary>A regular expression that must match a whole name, or null when the field is absent.</summary>
        private Regex? Pattern(JsonElement rule, string path, string name)
        {
            if (!rule.TryGetProperty(name, out JsonElement value))
            {
                return null;
            }
            string text = String(value, $"{path}.{name}");
            try
            {
                return new Regex($"^(?:{text})$", RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                throw Error($"{path}.{name}", $"'{text}' is not a valid regular expression");
            }
        }
    }
}
