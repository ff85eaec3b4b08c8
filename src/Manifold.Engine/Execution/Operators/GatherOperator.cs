using System.Threading.Channels;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Operators;

/// <summary>Runs parallel workers and streams their pages, in arrival order, to one consumer.</summary>
/// <remarks>Not order-preserving. Bounded: workers wait when the consumer falls behind. Disposing stops the workers.</remarks>
internal sealed class GatherOperator(IReadOnlyList<Func<IOperator>> workers) : IOperator
{
    private readonly Channel<Page> _channel = Channel.CreateBounded<Page>(new BoundedChannelOptions(Math.Max(2, workers.Count * 2))
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });
    private CancellationTokenSource? _cancellation;
    private Task? _producers;

    public async ValueTask<Page?> NextAsync(CancellationToken cancellationToken)
    {
        if (_producers is null)
        {
            _cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            CancellationToken token = _cancellation.Token;
            _producers = Task.Run(async () =>
            {
                try
                {
                    await Scheduling.ParallelDriver.RunAsync(workers, (_, page) => _channel.Writer.WriteAsync(page, token), token).ConfigureAwait(false);
                    _channel.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    _channel.Writer.TryComplete(e);
                }
            }, CancellationToken.None);
        }
        try
        {
            if (await _channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && _channel.Reader.TryRead(out Page? page))
            {
                return page;
            }
            return null;
        }
        catch (ChannelClosedException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    public void Dispose()
    {
        _cancellation?.Cancel();
        try
        {
            _producers?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }
        _cancellation?.Dispose();
    }
}
