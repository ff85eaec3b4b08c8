using Manifold.Server.Hosting;

namespace Manifold.Client.Tests;

/// <summary>A real coordinator on 127.0.0.1:0 shared by a test class, and connection strings pointing at it.</summary>
public sealed class CoordinatorFixture : IAsyncLifetime
{
    public CoordinatorHost Host { get; private set; } = null!;

    public string ConnectionString => $"Host=127.0.0.1;Port={Host.BaseAddress.Port};User=test;Source=client-tests";

    public async ValueTask InitializeAsync()
        => Host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", LogWriter = TextWriter.Null });

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();

    public async Task<ManifoldConnection> OpenAsync(string extra = "")
    {
        var connection = new ManifoldConnection(ConnectionString + (extra.Length > 0 ? ";" + extra : ""));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
