namespace Manifold.SqlLogicTest;

/// <summary>One change to a script that <see cref="SqlLogicRunnerOptions.RewriteResults"/> asks for.</summary>
/// <param name="Line">The record's 1-based first line.</param>
/// <param name="ExpectedLines">For a query: its new expected block (the lines after <c>----</c>); otherwise null.</param>
/// <param name="ErrorName">For <c>statement error NAME</c> / <c>query error NAME</c>: the new error name; otherwise null.</param>
public sealed record PendingRewrite(int Line, IReadOnlyList<string>? ExpectedLines, string? ErrorName);
