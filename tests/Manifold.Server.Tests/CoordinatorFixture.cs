using Manifold.Server.Hosting;

namespace Manifold.Server.Tests;

/// <summary>A real coordinator on 127.0.0.1:0 shared by a test class, with an HttpClient pointed at it.</summary>
public sealed class CoordinatorFixture : IAsyncLifetime
{
    public CoordinatorHost Host { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public StringWriter Log { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Host = await CoordinatorHost.StartAsync(new CoordinatorOptions { Port = 0, BindAddress = "127.0.0.1", NodeId = "test1", LogWriter = TextWriter.Synchronized(Log) });
        Http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
