namespace Manifold.Cli.Terminal;

/// <summary>Where Ctrl-C comes from. While a handler is registered, Ctrl-C calls it instead of ending the process.</summary>
internal interface IInterruptSource
{
    /// <summary>Makes <paramref name="onInterrupt"/> the handler until the returned registration is disposed. The latest
    /// registration wins; disposing it restores the one before. The handler may run on another thread.</summary>
    IDisposable Register(Action onInterrupt);
}
