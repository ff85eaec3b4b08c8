using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Security;

/// <summary>Bad credentials in bulk and bad headers: the coordinator answers each with a clear status, limits guessing per
/// user and address, and keeps serving everyone else.</summary>
public sealed class AuthenticationHardeningTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ten_thousand_failed_logins_in_a_burst_are_rate_limited_and_other_users_are_unaffected()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient attacker = server.Https("alice", "guess", keepAlive: true);
        using HttpClient bob = server.Https("bob", "bob-secret", keepAlive: true);

        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<HttpStatusCode, int>();
        string? retryAfter = null;
        var bobLatencies = new List<double>();
        long burstStart = Stopwatch.GetTimestamp();
        Task burst = Parallel.ForAsync(0, 10_000, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Token },
            async (_, ct) =>
            {
                using HttpResponseMessage response = await attacker.GetAsync("/v1/query", ct);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    retryAfter ??= response.Headers.RetryAfter?.ToString();
                }
            });
        while (!burst.IsCompleted)
        {
            long start = Stopwatch.GetTimestamp();
            using HttpResponseMessage response = await bob.GetAsync("/v1/info/state", Token);   // open: measures the server's pace
            using HttpResponseMessage authenticated = await bob.GetAsync("/v1/query", Token);
            Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
            bobLatencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        await burst;
        // The allowance is 10 at once and refills 10 a minute: one more guess per 6 s the burst took.
        int allowed = 10 + (int)(Stopwatch.GetElapsedTime(burstStart).TotalSeconds / 6);

        // Only the allowed guesses are checked against the hash; every other one is refused before that.
        int checkedGuesses = statuses.GetValueOrDefault(HttpStatusCode.Unauthorized);
        Assert.InRange(checkedGuesses, 10, allowed);
        Assert.Equal(10_000 - checkedGuesses, statuses.GetValueOrDefault(HttpStatusCode.TooManyRequests));
        Assert.NotNull(retryAfter);
        Assert.InRange(int.Parse(retryAfter!, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.NotEmpty(bobLatencies);

        // alice is blocked from this address even with her right password, until the allowance refills.
        using HttpClient alice = server.Https("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await alice.GetAsync("/v1/query", Token)).StatusCode);

        string log = server.Log.ToString();
        Assert.Equal(checkedGuesses, CountOf(log, "Authentication failed for user 'alice'"));
        Assert.InRange(CountOf(log, "Authentication for user 'alice' from 127.0.0.1 is blocked after repeated failures"), 1, 1 + allowed - 10);
        Assert.DoesNotContain("guess", log);
    }

    [Fact]
    public async Task The_failed_login_allowance_refills_over_its_window()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(properties: new()
        {
            ["http-server.authentication.max-failed-attempts"] = "2",
            ["http-server.authentication.failed-attempts-window"] = "1s",
        });
        using HttpClient guess = server.Https("alice", "guess", keepAlive: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync("/v1/query", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guess.GetAsync("/v1/query", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guess.GetAsync("/v1/query", Token)).StatusCode);
        await Task.Delay(700, Token);   // one failure's worth refills in 0.5 s
        using HttpClient alice = server.Https("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/v1/query", Token)).StatusCode);
    }

    public static TheoryData<string> MalformedAuthorizationHeaders() =>
    [
        "Basic",
        "Basic !!!not-base64!!!",
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("no-colon")),
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(":empty-user")),
        "Basic " + Convert.ToBase64String([0xff, 0xfe, 0x3a, 0x00]),
        "Bearer",
        "Bearer not.a.jwt",
        "Negotiate",
        "Negotiate %%%%",
        "Negotiate " + Convert.ToBase64String(Encoding.UTF8.GetBytes("not a GSS token")),
        "Digest username=\"alice\"",
        "garbage",
        "Basic  " + new string('A', 4000),
    ];

    [Theory]
    [MemberData(nameof(MalformedAuthorizationHeaders))]
    public async Task A_malformed_authorization_header_gets_401_with_the_challenges_and_the_server_keeps_serving(string header)
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient http = server.Https();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        Assert.True(request.Headers.TryAddWithoutValidation("Authorization", header));
        using HttpResponseMessage response = await http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"Trino\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        using HttpClient alice = server.Https("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task An_oversized_authorization_header_is_refused_by_the_http_layer_and_nothing_else_is_affected()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient http = server.Https();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", new string('A', 200_000));
        using HttpResponseMessage response = await http.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        using HttpClient alice = server.Https("alice", "alice-secret");
        var run = await new ProtocolClient(alice).ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Null(run.Error);
    }

    [Theory]
    [InlineData("PASSWORD,CERTIFICATE", "unknown method 'CERTIFICATE'")]
    [InlineData("PASSWORD,password", "names PASSWORD twice")]
    public async Task A_bad_authentication_type_list_stops_the_start_naming_the_entry(string types, string expected)
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => SecureCoordinator.StartAsync(
            properties: new() { ["http-server.authentication.type"] = types }));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public async Task A_bad_failed_attempts_setting_is_configuration_invalid()
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => SecureCoordinator.StartAsync(
            properties: new() { ["http-server.authentication.max-failed-attempts"] = "-1" }));
        Assert.Contains("http-server.authentication.max-failed-attempts must be an integer", e.Message);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
