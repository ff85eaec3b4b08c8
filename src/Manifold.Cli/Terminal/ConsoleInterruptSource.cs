namespace Manifold.Cli.Terminal;

/// <summary>Ctrl-C of the process console (<see cref="Console.CancelKeyPress"/>). Without a registered handler, Ctrl-C
/// ends the process as usual.</summary>
internal sealed class ConsoleInterruptSource : IInterruptSource
{
    private readonly Lock _lock = new();
    private readonly List<Action> _handlers = [];

    public ConsoleInterruptSource() => Console.CancelKeyPress += OnCancelKeyPress;

    public IDisposable Register(Action onInterrupt)
    {
        lock (_lock)
        {
            _handlers.Add(onInterrupt);
        }
        return new Registration(this, onInterrupt);
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        Action? handler;
        lock (_lock)
        {
            handler = _handlers.Count > 0 ? _handlers[^1] : null;
        }
        if (handler is not null)
        {
            e.Cancel = true;
            handler();
        }
    }

    private void Remove(Action handler)
    {
        lock (_lock)
        {
            _handlers.Remove(handler);
        }
    }

    private sealed class Registration(ConsoleInterruptSource owner, Action handler) : IDisposable
    {
        public void Dispose() => owner.Remove(handler);
    }
}
