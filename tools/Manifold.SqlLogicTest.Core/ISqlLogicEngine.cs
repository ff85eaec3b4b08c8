namespace Manifold.SqlLogicTest;

/// <summary>A database engine the sqllogictest runner drives.</summary>
/// <remarks>
/// The runner calls <see cref="Reset"/> before each file, then the statements and queries of that file in order, from
/// one thread at a time. An engine that hangs inside a call is abandoned after the per-file timeout: the runner stops
/// using it and creates a fresh engine for the next file, and disposes the abandoned one once the call returns.
/// </remarks>
public interface ISqlLogicEngine : IDisposable
{
    /// <summary>The name that <c>skipif</c> / <c>onlyif</c> conditions are matched against (case-insensitively), e.g.
    /// <c>manifold</c> or <c>sqlite</c>.</summary>
    string Name { get; }

    /// <summary>Starts over with a fresh, empty database.</summary>
    void Reset();

    /// <summary>Executes one statement; throws when it fails, for any reason.</summary>
    void ExecuteStatement(string sql);

    /// <summary>Executes a query and returns its rows. Each cell is a CLR value: <c>null</c> for SQL NULL,
    /// <see cref="bool"/>, an integer type, <see cref="float"/>/<see cref="double"/>, <see cref="decimal"/>,
    /// <see cref="string"/>, <c>byte[]</c>, or anything else (rendered through <see cref="object.ToString"/>).
    /// Throws when the query fails.</summary>
    IReadOnlyList<object?[]> ExecuteQuery(string sql);
}
