using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Manifold.Server.Hosting;

namespace Manifold.Server.Tests.Security;

/// <summary>A plain-HTTP coordinator (users from X-Trino-User) with file-based access control and a group file in a
/// temporary etc/ folder; by default the worked example of docs/security.md.</summary>
internal sealed partial class AccessControlCoordinator : IAsyncDisposable
{
    private AccessControlCoordinator(string etc, CoordinatorHost host, StringWriter log)
    {
        Etc = etc;
        Host = host;
        Log = log;
        Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Etc { get; }
    public string RulesPath => Path.Combine(Etc, "rules.json");
    public CoordinatorHost Host { get; }
    public StringWriter Log { get; }
    public HttpClient Http { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Starts with <paramref name="rules"/> and <paramref name="groups"/> (default: the docs example).</summary>
    public static async Task<AccessControlCoordinator> StartAsync(string? rules = null, string? groups = null, string refreshPeriod = "",
        TimeProvider? time = null, Dictionary<string, string>? etcFiles = null)
    {
        string etc = Path.Combine(Path.GetTempPath(), "manifold-acl-" + Guid.NewGuid().ToString("N"), "etc");
        Directory.CreateDirectory(etc);
        await File.WriteAllTextAsync(Path.Combine(etc, "rules.json"), rules ?? DocExample("rules.json"), Token);
        await File.WriteAllTextAsync(Path.Combine(etc, "group.txt"), groups ?? DocExample("group.txt"), Token);
        await File.WriteAllTextAsync(Path.Combine(etc, "access-control.properties"),
            $"access-control.name=file\nsecurity.config-file={Path.Combine(etc, "rules.json")}\n"
            + (refreshPeriod.Length > 0 ? $"security.refresh-period={refreshPeriod}\n" : ""), Token);
        await File.WriteAllTextAsync(Path.Combine(etc, "group-provider.properties"),
            $"group-provider.name=file\nfile.group-file={Path.Combine(etc, "group.txt")}\n", Token);
        foreach (var (name, text) in etcFiles ?? [])
        {
            await File.WriteAllTextAsync(Path.Combine(etc, name), text, Token);
        }
        var log = new StringWriter();
        CoordinatorHost host = await CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            EtcDirectory = etc,
            Port = 0,
            BindAddress = "127.0.0.1",
            NodeId = "acl",
            LogWriter = TextWriter.Synchronized(log),
            TimeProvider = time ?? TimeProvider.System,
        }, Token);
        return new AccessControlCoordinator(etc, host, log);
    }

    /// <summary>The example file of docs/security.md marked <c>&lt;!-- example: name --&gt;</c>.</summary>
    public static string DocExample(string name)
    {
        string doc = File.ReadAllText(Path.Combine(FindRoot(), "docs", "security.md"));
        Match match = Regex.Match(doc, $@"<!-- example: {Regex.Escape(name)} -->\n```\w*\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, $"docs/security.md has no example {name}");
        return match.Groups[1].Value;
    }

    /// <summary>Submits <paramref name="sql"/> as <paramref name="user"/> without reading further: the query id.</summary>
    public async Task<string> SubmitAsync(string user, string sql)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent(sql, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Trino-User", user);
        using HttpResponseMessage response = await Http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["id"]!.GetValue<string>();
    }

    /// <summary>Runs <paramref name="sql"/> as <paramref name="user"/> to the end: the rows (each as its values joined by
    /// '|') or the error.</summary>
    public async Task<Result> RunAsync(string user, string sql, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent(sql, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Trino-User", user);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }
        using HttpResponseMessage first = await Http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        JsonObject document = JsonNode.Parse(await first.Content.ReadAsStringAsync(Token))!.AsObject();
        var rows = new List<string>();
        while (true)
        {
            foreach (JsonNode? row in document["data"]?.AsArray() ?? [])
            {
                rows.Add(string.Join('|', row!.AsArray().Select(v => v?.ToString() ?? "NULL")));
            }
            if (document["error"] is JsonObject error)
            {
                return new Result(rows, error["errorName"]!.GetValue<string>(), error["message"]!.GetValue<string>());
            }
            if (document["nextUri"]?.GetValue<string>() is not { } next)
            {
                return new Result(rows, null, null);
            }
            using HttpResponseMessage response = await Http.GetAsync(next, Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            document = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
        }
    }

    /// <summary>A REST request as <paramref name="user"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string user)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Trino-User", user);
        using HttpResponseMessage response = await Http.SendAsync(request, Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(Path.GetDirectoryName(Etc)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    internal static string FindRoot()
    {
        for (string? directory = AppContext.BaseDirectory; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Manifold.slnx")))
            {
                return directory;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root");
    }

    /// <summary>A statement's outcome: rows, or an error name and message.</summary>
    public sealed record Result(IReadOnlyList<string> Rows, string? ErrorName, string? Message)
    {
        public override string ToString() => ErrorName is null ? string.Join(", ", Rows) : $"{ErrorName}: {Message}";
    }
}
