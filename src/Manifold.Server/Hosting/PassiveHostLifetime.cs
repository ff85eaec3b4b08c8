using Microsoft.Extensions.Hosting;

namespace Manifold.Server.Hosting;

/// <summary>A host lifetime that neither waits for nor reacts to process signals: <see cref="CoordinatorHost"/>'s owner
/// decides when to drain and stop.</summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
