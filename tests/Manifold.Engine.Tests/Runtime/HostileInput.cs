using System.Diagnostics;
using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Runs hostile SQL through the whole engine (parse, plan, optimize, execute, read every row) and checks that it
/// either succeeds or fails with a clean user error: a <see cref="ManifoldException"/> that is not an internal error,
/// with a sane line and column for syntax errors. Anything else (another exception type, an internal error, a hang) is a
/// failure. Deep inputs run on a thread with a 1 MB stack, smaller than the test host's and the thread pool's.</summary>
internal static class HostileInput
{

    /// <summary>How long one input may take before it counts as a hang (generous: CI machines are loaded).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>What happened to one input.</summary>
    public sealed record Outcome(List<object?[]>? Rows, ManifoldException? Error)
    {
        public string? ErrorName => Error?.ErrorCode.Name;
    }

    /// <summary>Runs <paramref name="sql"/> and checks the outcome is a result or a clean error.</summary>
    public static async Task<Outcome> RunAsync(ManifoldEngine engine, Session.Session session, string sql)
    {
        using var timeout = new CancellationTokenSource(HangLimit);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            List<object?[]> rows = await EngineHarness.RunAsync(engine, session, sql, timeout.Token);
            return new Outcome(rows, null);
        }
        catch (ManifoldException e)
        {
            CheckClean(e, sql);
            return new Outcome(null, e);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"hang: no answer after {stopwatch.Elapsed} for: {Shorten(sql)}");
            throw;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name}: {Shorten(e.Message)}\nfor: {Shorten(sql)}\n{e.StackTrace}");
            throw;
        }
    }

    /// <summary>As <see cref="RunAsync"/>, on a thread with a 1 MB stack (the statement is planned there).</summary>
    public static Outcome RunOnSmallStack(ManifoldEngine engine, Session.Session session, string sql)
        => SmallStack.Run(() => RunAsync(engine, session, sql).GetAwaiter().GetResult());

    /// <summary>A clean failure: a user-facing code, a one-line message, and for syntax errors a position inside the text.</summary>
    public static void CheckClean(ManifoldException error, string sql)
    {
        Assert.True(error.ErrorCode.Type != ErrorType.InternalError,
            $"{error.ErrorCode.Name}: {Shorten(error.Message)}\nfor: {Shorten(sql)}\n{error.InnerException}");
        Assert.False(string.IsNullOrWhiteSpace(error.RawMessage), $"empty message for: {Shorten(sql)}");
        if (error.ErrorCode == StandardErrorCode.SyntaxError || error.ErrorCode == StandardErrorCode.QueryTextTooLarge)
        {
            Assert.True(error.Location is not null, $"{error.ErrorCode.Name} without a position for: {Shorten(sql)}");
            SourceLocation at = error.Location.Value;
            Assert.InRange(at.Line, 1, LineCount(sql));
            Assert.True(at.Column >= 1, $"column {at.Column} for: {Shorten(sql)}");
        }
    }

    public static int LineCount(string sql)
    {
        int lines = 1;
        foreach (char c in sql)
        {
            if (c == '\n')
            {
                lines++;
            }
        }
        return lines;
    }

    public static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
