using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>A physical operator: pulls pages from its inputs and produces pages.</summary>
/// <remarks>
/// Used by one thread at a time. A returned page is immutable and may be kept. <see cref="NextAsync"/> returns null once
/// the operator is finished (and keeps returning null). Pages may be empty. Operators check cancellation at least once
/// per page and during long computations. Dispose releases memory reservations and inputs.
/// </remarks>
internal interface IOperator : IDisposable
{
    /// <summary>The next page, or null when there are no more.</summary>
    ValueTask<Page?> NextAsync(CancellationToken cancellationToken);
}
