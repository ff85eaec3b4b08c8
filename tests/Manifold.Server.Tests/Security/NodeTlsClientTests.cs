using System.Text.Json.Nodes;
using Manifold.Server.Tests.Clients;

namespace Manifold.Server.Tests.Security;

/// <summary>The npm <c>trino-client</c> with a password over HTTPS, trusting the test CA.</summary>
public sealed class NodeTlsClientTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trino_js_authenticates_with_basic_credentials_over_https()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        string url = $"https://localhost:{server.HttpsAddress.Port}";
        JsonObject result = await NodeClients.RunScriptAsync("trino-tls.js", [url, server.Certificates.CaPemPath, "alice", "alice-secret"], Token);
        Assert.True(result["error"] is null && result["failed"] is null, result.ToJsonString());
        JsonArray row = result["rows"]!.AsArray().Single()!.AsArray();
        Assert.Equal("alice", row[0]!.GetValue<string>());
        Assert.Equal(25, row[1]!.GetValue<int>());

        JsonObject wrong = await NodeClients.RunScriptAsync("trino-tls.js", [url, server.Certificates.CaPemPath, "alice", "nope"], Token);
        Assert.NotNull(wrong["failed"]);
    }
}
