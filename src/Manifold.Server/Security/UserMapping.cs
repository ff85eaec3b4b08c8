using System.Text.Json;
using System.Text.RegularExpressions;
using Manifold.Server.Hosting;

namespace Manifold.Server.Security;

/// <summary>Trino's user mapping: how an authenticated principal (<c>alice@EXAMPLE.COM</c>, a JWT subject) becomes the
/// user name, from <c>&lt;prefix&gt;user-mapping.pattern</c> or <c>&lt;prefix&gt;user-mapping.file</c> of one
/// authentication method (<c>http-server.authentication.krb5.</c>, <c>….jwt.</c>, <c>….password.</c>).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Neither set: the principal is the user, unchanged.</item>
/// <item>A pattern must match the whole principal; its first group is the user. No match: authentication fails.</item>
/// <item>A file holds <c>{"rules": [{"pattern": …, "user": "$1", "allow": true, "case": "keep"}, …]}</c>: the first rule
/// whose pattern matches the whole principal decides. <c>user</c> is the replacement (<c>$1</c>, <c>$2</c>, … name
/// the pattern's groups; default <c>$1</c>), <c>allow: false</c> refuses the principal, <c>case</c> is <c>keep</c>,
/// <c>lower</c> or <c>upper</c>. No rule matches: authentication fails. The file is read once, at start.</item>
/// <item>A mapping that yields an empty user fails too.</item>
/// </list>
/// </remarks>
internal sealed class UserMapping
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private readonly Rule[] _rules;

    private UserMapping(string? source, Rule[] rules)
    {
        Source = source;
        _rules = rules;
    }

    /// <summary>No mapping: the principal is the user.</summary>
    public static UserMapping None { get; } = new(null, []);

    /// <summary>The property the mapping came from, for messages; null for <see cref="None"/>.</summary>
    public string? Source { get; }

    /// <summary>Reads <c><paramref name="prefix"/>user-mapping.pattern</c> or <c>…user-mapping.file</c> (not both).</summary>
    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID naming the property: a bad regular expression,
    /// a pattern without a group, a file that cannot be read or parsed.</exception>
    public static UserMapping Load(IReadOnlyDictionary<string, string> properties, string prefix)
    {
        string patternProperty = prefix + "user-mapping.pattern";
        string fileProperty = prefix + "user-mapping.file";
        string? pattern = properties.TryGetValue(patternProperty, out string? p) && p.Trim().Length > 0 ? p.Trim() : null;
        string? file = properties.TryGetValue(fileProperty, out string? f) && f.Trim().Length > 0 ? f.Trim() : null;
        if (pattern is not null && file is not null)
        {
            throw PropertyValues.Invalid($"{patternProperty} and {fileProperty} cannot both be set");
        }
        if (pattern is not null)
        {
            return new UserMapping(patternProperty, [new Rule(Compile(patternProperty, pattern), "$1", true, LetterCase.Keep)]);
        }
        return file is null ? None : new UserMapping(fileProperty, ReadFile(fileProperty, file));
    }

    /// <summary>The user for <paramref name="principal"/>.</summary>
    /// <param name="principal">The authenticated principal.</param>
    /// <param name="user">The mapped user.</param>
    /// <param name="reason">Why the principal has no user (names the property).</param>
    public bool TryMap(string principal, out string user, out string reason)
    {
        user = "";
        reason = "";
        if (Source is null)
        {
            user = principal;
            return principal.Length > 0;
        }
        foreach (Rule rule in _rules)
        {
            Match match;
            try
            {
                match = rule.Pattern.Match(principal);
            }
            catch (RegexMatchTimeoutException)
            {
                reason = $"matching the principal against {Source} took too long";
                return false;
            }
            if (!match.Success)
            {
                continue;
            }
            if (!rule.Allow)
            {
                reason = $"is refused by {Source}";
                return false;
            }
            user = rule.Case switch
            {
                LetterCase.Lower => match.Result(rule.User).ToLowerInvariant(),
                LetterCase.Upper => match.Result(rule.User).ToUpperInvariant(),
                _ => match.Result(rule.User),
            };
            if (user.Length == 0)
            {
                reason = $"maps to an empty user by {Source}";
                return false;
            }
            return true;
        }
        reason = $"does not match {Source}";
        return false;
    }

    private static Rule[] ReadFile(string property, string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PropertyValues.Invalid($"{property}: cannot read '{path}': {e.Message}");
        }
        try
        {
            using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("rules", out JsonElement rules) || rules.ValueKind != JsonValueKind.Array)
            {
                throw PropertyValues.Invalid($"{property}: '{path}' must hold an object with a \"rules\" array");
            }
            var result = new List<Rule>();
            int index = 0;
            foreach (JsonElement rule in rules.EnumerateArray())
            {
                string where = $"{property}: '{path}' rule {++index}";
                if (rule.ValueKind != JsonValueKind.Object)
                {
                    throw PropertyValues.Invalid($"{where} is not an object");
                }
                foreach (JsonProperty field in rule.EnumerateObject())
                {
                    if (field.Name is not ("pattern" or "user" or "allow" or "case"))
                    {
                        throw PropertyValues.Invalid($"{where}: unknown field '{field.Name}' (known: pattern, user, allow, case)");
                    }
                }
                string pattern = String(rule, "pattern", where) ?? throw PropertyValues.Invalid($"{where} has no \"pattern\"");
                string user = String(rule, "user", where) ?? "$1";
                bool allow = !rule.TryGetProperty("allow", out JsonElement allowed) || allowed.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw PropertyValues.Invalid($"{where}: \"allow\" must be true or false"),
                };
                LetterCase letterCase = (String(rule, "case", where) ?? "keep").ToLowerInvariant() switch
                {
                    "keep" => LetterCase.Keep,
                    "lower" => LetterCase.Lower,
                    "upper" => LetterCase.Upper,
                    string other => throw PropertyValues.Invalid($"{where}: \"case\" must be keep, lower or upper: '{other}'"),
                };
                Regex regex = Compile(where, pattern);
                if (allow && user.Contains("$1", StringComparison.Ordinal) && regex.GetGroupNumbers().Length < 2)
                {
                    throw PropertyValues.Invalid($"{where}: the user '{user}' names group 1 but the pattern has no group: '{pattern}'");
                }
                result.Add(new Rule(regex, user, allow, letterCase));
            }
            return [.. result];
        }
        catch (JsonException e)
        {
            throw PropertyValues.Invalid($"{property}: '{path}' is not valid JSON: {e.Message}");
        }
    }

    private static string? String(JsonElement rule, string name, string where)
        => !rule.TryGetProperty(name, out JsonElement value) ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw PropertyValues.Invalid($"{where}: \"{name}\" must be a string");

    /// <summary>A pattern anchored to the whole principal (Java's <c>Matcher.matches()</c>), with a match timeout.</summary>
    private static Regex Compile(string where, string pattern)
    {
        Regex regex;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);   // alone first: "a)|(b" must not escape the anchors below
            regex = new Regex($"\\A(?:{pattern})\\z", RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw PropertyValues.Invalid($"{where} is not a valid regular expression: '{pattern}' ({e.Message})");
        }
        if (where.EndsWith("user-mapping.pattern", StringComparison.Ordinal) && regex.GetGroupNumbers().Length < 2)
        {
            throw PropertyValues.Invalid($"{where} needs a capturing group for the user: '{pattern}'");
        }
        return regex;
    }

    private enum LetterCase
    {
        Keep,
        Lower,
        Upper,
    }

    private sealed record Rule(Regex Pattern, string User, bool Allow, LetterCase Case);
}
