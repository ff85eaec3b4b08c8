using Microsoft.Extensions.Logging;

namespace Manifold.Server.Hosting;

/// <summary>Writes one-line logs (<see cref="LogLine"/>) to a <see cref="TextWriter"/>: the console, or a test's capture.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, LogLevel minimum) : ILoggerProvider
{
    private readonly object _lock = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message)
    {
        lock (_lock)
        {
            writer.Write(LogLine.Format(DateTimeOffset.UtcNow, level, category, message));
            writer.Flush();
        }
    }

    private sealed class Logger(TextWriterLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= provider.Minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            string message = formatter(state, exception);
            if (exception is not null)
            {
                message += ": " + exception.GetType().Name + ": " + exception.Message;
            }
            provider.Write(logLevel, category, message);
        }
    }

    private LogLevel Minimum => minimum;
}
