using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Manifold.Client.Protocol;

/// <summary>The session a connection carries in request headers (§6.1), updated from the response headers of every
/// statement (§6.2), as Trino's clients do. The server keeps no session of its own.</summary>
/// <remarks>Thread-safe: pages of one statement may be fetched in the background while another statement starts.</remarks>
internal sealed class ClientSession
{
    private readonly object _lock = new();
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _prepared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);

    public ClientSession(ManifoldConnectionStringBuilder settings)
    {
        Prefix = settings.HeaderFamily == ManifoldHeaderFamily.Presto ? "X-Presto-" : "X-Trino-";
        // With Kerberos or an access token and no User, no X-Trino-User goes out: the server takes the authenticated
        // (mapped) principal; sending the OS user would ask to impersonate it.
        User = !string.IsNullOrEmpty(settings.User) ? settings.User
            : !string.IsNullOrEmpty(settings.AccessToken) || !string.IsNullOrEmpty(settings.Kerberos) ? null
            : Environment.UserName;
        Source = string.IsNullOrEmpty(settings.Source) ? "Manifold.Client" : settings.Source;
        Catalog = NullIfEmpty(settings.Catalog);
        Schema = NullIfEmpty(settings.Schema);
        TimeZone = NullIfEmpty(settings.TimeZone);
        ClientTags = settings.ParseClientTags();
        foreach (var (name, value) in settings.ParseSessionProperties())
        {
            _properties[name] = value;
        }
    }

    public string Prefix { get; }
    /// <summary>The session user; null to let the server use the authenticated one (access token or Kerberos without User).</summary>
    public string? User { get; private set; }
    public string? OriginalUser { get; private set; }
    public string Source { get; }
    public string? Catalog { get; set; }
    public string? Schema { get; set; }
    public string? Path { get; private set; }
    public string? TimeZone { get; }
    public IReadOnlyList<string> ClientTags { get; }
    public string? TransactionId { get; private set; }

    public IReadOnlyDictionary<string, string> Properties { get { lock (_lock) { return new Dictionary<string, string>(_properties); } } }

    public IReadOnlyDictionary<string, string> PreparedStatements { get { lock (_lock) { return new Dictionary<string, string>(_prepared); } } }

    public void SetProperty(string name, string? value)
    {
        lock (_lock)
        {
            if (value is null)
            {
                _properties.Remove(name);
            }
            else
            {
                _properties[name] = value;
            }
        }
    }

    /// <summary>Adds the session headers to a POST; <paramref name="extraPrepared"/> are statements known only to this
    /// request (a parameterized command's own PREPARE).</summary>
    public void AddHeaders(HttpRequestHeaders headers, KeyValuePair<string, string>? extraPrepared)
    {
        lock (_lock)
        {
            if (User is not null)
            {
                headers.TryAddWithoutValidation(Prefix + "User", User);
            }
            if (OriginalUser is not null)
            {
                headers.TryAddWithoutValidation(Prefix + "Original-User", OriginalUser);
            }
            headers.TryAddWithoutValidation(Prefix + "Source", Source);
            AddIfSet(headers, "Catalog", Catalog);
            AddIfSet(headers, "Schema", Catalog is null ? null : Schema);
            AddIfSet(headers, "Path", Path);
            AddIfSet(headers, "Time-Zone", TimeZone);
            if (ClientTags.Count > 0)
            {
                headers.TryAddWithoutValidation(Prefix + "Client-Tags", string.Join(',', ClientTags));
            }
            headers.TryAddWithoutValidation(Prefix + "Client-Capabilities", "PATH,PARAMETRIC_DATETIME,SESSION_AUTHORIZATION");
            // Presence of the header says the client supports transactions (§12); NONE = autocommit.
            headers.TryAddWithoutValidation(Prefix + "Transaction-Id", TransactionId ?? "NONE");
            if (_properties.Count > 0)
            {
                headers.TryAddWithoutValidation(Prefix + "Session", Join(_properties, encodeName: false));
            }
            if (_roles.Count > 0)
            {
                headers.TryAddWithoutValidation(Prefix + "Role", Join(_roles, encodeName: false));
            }
            if (_prepared.Count > 0 || extraPrepared is not null)
            {
                var prepared = new Dictionary<string, string>(_prepared, StringComparer.Ordinal);
                if (extraPrepared is { } extra)
                {
                    prepared[extra.Key] = extra.Value;
                }
                headers.TryAddWithoutValidation(Prefix + "Prepared-Statement", Join(prepared, encodeName: true));
            }
        }
    }

    /// <summary>Merges the session changes of a response (<c>USE</c>, <c>SET SESSION</c>, <c>PREPARE</c>,
    /// <c>START TRANSACTION</c>, ...). Idempotent: servers repeat them on every page.</summary>
    public void Update(HttpResponseHeaders headers)
    {
        lock (_lock)
        {
            if (Last(headers, "Set-Catalog") is { } catalog)
            {
                Catalog = catalog;
            }
            if (Last(headers, "Set-Schema") is { } schema)
            {
                Schema = schema;
            }
            if (Last(headers, "Set-Path") is { } path)
            {
                Path = path;
            }
            foreach (string item in Items(headers, "Set-Session"))
            {
                if (SplitPair(item) is var (name, value))
                {
                    _properties[name] = value;
                }
            }
            foreach (string item in Items(headers, "Clear-Session"))
            {
                _properties.Remove(item);
            }
            foreach (string item in Items(headers, "Set-Role"))
            {
                if (SplitPair(item) is var (catalogName, role))
                {
                    _roles[catalogName] = role;
                }
            }
            foreach (string item in Items(headers, "Added-Prepare"))
            {
                if (SplitPair(item) is var (name, sql))
                {
                    _prepared[WebUtility.UrlDecode(name)] = sql;
                }
            }
            foreach (string item in Items(headers, "Deallocated-Prepare"))
            {
                _prepared.Remove(WebUtility.UrlDecode(item));
            }
            if (Last(headers, "Started-Transaction-Id") is { } transaction)
            {
                TransactionId = transaction;
            }
            if (Last(headers, "Clear-Transaction-Id") is not null)
            {
                TransactionId = null;
            }
            if (Last(headers, "Set-Authorization-User") is { } user)
            {
                OriginalUser ??= User;
                User = user;
            }
            if (Last(headers, "Reset-Authorization-User") is not null && OriginalUser is not null)
            {
                User = OriginalUser;
                OriginalUser = null;
            }
        }
    }

    /// <summary>Forgets a transaction the server no longer knows (after a failed COMMIT/ROLLBACK).</summary>
    public void ClearTransaction()
    {
        lock (_lock)
        {
            TransactionId = null;
        }
    }

    private void AddIfSet(HttpRequestHeaders headers, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            headers.TryAddWithoutValidation(Prefix + name, value);
        }
    }

    private static string Join(Dictionary<string, string> items, bool encodeName)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in items)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }
            text.Append(encodeName ? WebUtility.UrlEncode(name) : name).Append('=').Append(WebUtility.UrlEncode(value));
        }
        return text.ToString();
    }

    private string? Last(HttpResponseHeaders headers, string name)
        => headers.TryGetValues(Prefix + name, out IEnumerable<string>? values) ? values.LastOrDefault()?.Trim() : null;

    /// <summary>All items of a header: every line, split on commas (HTTP stacks may join repeated lines), trimmed.</summary>
    private IEnumerable<string> Items(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(Prefix + name, out IEnumerable<string>? values))
        {
            yield break;
        }
        foreach (string line in values)
        {
            foreach (string item in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                yield return item;
            }
        }
    }

    /// <summary><c>name=urlencoded-value</c> split on the first <c>=</c>, the value decoded (<c>+</c> is a space).</summary>
    private static (string Name, string Value)? SplitPair(string item)
    {
        int equals = item.IndexOf('=');
        return equals <= 0 ? null : (item[..equals].Trim(), WebUtility.UrlDecode(item[(equals + 1)..].Trim()));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
