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
}
