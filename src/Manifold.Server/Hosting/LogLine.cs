using Microsoft.Extensions.Logging;

namespace Manifold.Server.Hosting;

/// <summary>The one-line log format: <c>2026-01-02T03:04:05.678Z INFO  Manifold.Server.Queries.QueryManager  message</c>.</summary>
internal static class LogLine
{
    public static string Format(DateTimeOffset time, LogLevel level, string category, string message)
    {
        string name = level switch
        {
            LogLevel.Trace => "TRACE",
            LogLevel.Debug => "DEBUG",
            LogLevel.Information => "INFO",
            LogLevel.Warning => "WARN",
            LogLevel.Error => "ERROR",
            LogLevel.Critical => "FATAL",
            LogLevel.None => "NONE",
        };
        return $"{time.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {name,-5} {category}  {message.ReplaceLineEndings(" ")}\n";
    }
}
