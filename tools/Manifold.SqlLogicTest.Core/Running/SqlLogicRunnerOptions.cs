namespace Manifold.SqlLogicTest;

/// <summary>Settings of a <see cref="SqlLogicRunner"/>.</summary>
public sealed record SqlLogicRunnerOptions
{
    /// <summary>The hash threshold every file starts with (the harness default; most scripts also set it).</summary>
    public const int DefaultHashThreshold = 8;

    /// <summary>How long one file may run; <see cref="Timeout.InfiniteTimeSpan"/> for no limit. When it is reached the
    /// runner stops at the next record boundary and reports one <see cref="FailureKind.Timeout"/> failure.</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How much longer than <see cref="FileTimeout"/> the runner waits for an engine call that does not return.
    /// After that it abandons the engine (a fresh one serves the next file) and moves on.</summary>
    public TimeSpan AbandonGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock behind <see cref="FileTimeout"/> (tests substitute their own).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Stack size of the thread that drives the engine (deeply nested random expressions recurse deeply).</summary>
    public int StackSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>The hash threshold every file starts with, until a <c>hash-threshold</c> record changes it
    /// (0: never hash). The shared corpus expects <see cref="DefaultHashThreshold"/>.</summary>
    public int InitialHashThreshold { get; init; } = DefaultHashThreshold;

    /// <summary>When true, a text value holding line breaks (an EXPLAIN plan) is compared as one expected line per line
    /// of text instead of one line with <c>@</c> in place of each break.</summary>
    public bool MultilineValues { get; init; }

    /// <summary>When true, the runner rewrites each file's expectations in place after running it: the expected block of
    /// every query whose result differs becomes what the engine returned (expected lines <c>&lt;REGEX&gt;:…</c> that still
    /// match are kept), and the error name of every <c>statement error NAME</c> / <c>query error NAME</c> record that
    /// failed with another error becomes the name of that error. Records that fail otherwise are left alone (and still
    /// reported as failures). Review the diff like code.</summary>
    public bool RewriteResults { get; init; }
}
