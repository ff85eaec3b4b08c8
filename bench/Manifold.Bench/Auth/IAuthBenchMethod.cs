namespace Manifold.Bench.Auth;

/// <summary>One authentication method as <c>Manifold.Bench auth</c> measures it: how its coordinator is configured and
/// how the benchmark's HTTP client presents the user <c>bench</c>'s credentials.</summary>
internal interface IAuthBenchMethod : IAsyncDisposable
{
    /// <summary>The name on the command line and in the report (none, password, …).</summary>
    string Name { get; }

    /// <summary>Writes the method's files into <paramref name="etc"/> and adds its <c>config.properties</c> entries.</summary>
    Task ConfigureAsync(string etc, IDictionary<string, string> properties);

    /// <summary>An HTTP client over <paramref name="handler"/> (which trusts the bench CA) that sends the credentials on
    /// every request.</summary>
    HttpClient CreateClient(SocketsHttpHandler handler);
}
