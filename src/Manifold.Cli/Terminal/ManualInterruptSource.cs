namespace Manifold.Cli.Terminal;

/// <summary>An interrupt source fired by code: the default for in-process runs, and how tests press Ctrl-C.</summary>
internal sealed class ManualInterruptSource : IInterruptSource
{
    private readonly Lock _lock = new();
    private readonly List<Action> _handlers = [];

    public IDisposable Register(Action onInterrupt)
    {
        lock (_lock)
        {
            _handlers.Add(onInterrupt);
        }
        return new Registration(this, onInterrupt);
    }

    /// <summary>Calls the current handler, as Ctrl-C would; returns false when none is registered.</summary>
    public bool Interrupt()
    {
        Action? handler;
        lock (_lock)
        {
            handler = _handlers.Count > 0 ? _handlers[^1] : null;
        }
        handler?.Invoke();
        return handler is not null;
    }

    private void Remove(Action handler)
    {
        lock (_lock)
        {
            _handlers.Remove(handler);
        }
    }

    private sealed class Registration(ManualInterruptSource owner, Action handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}
