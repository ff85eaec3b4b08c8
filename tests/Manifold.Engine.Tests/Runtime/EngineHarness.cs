using Manifold.Engine.Runtime;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Tests.Runtime;

/// <summary>Runs SQL on an embedded engine in <c>memory.default</c> and reads every row, the way a client would.</summary>
internal static class EngineHarness
{
    /// <summary>Executes a statement and reads all its rows (so that errors raised while reading surface too).</summary>
    public static async Task<List<object?[]>> RunAsync(ManifoldEngine engine, Session.Session session, string sql, CancellationToken cancellationToken = default)
    {
        await using QueryResult result = await engine.ExecuteAsync(session, sql, cancellationToken);
        return await result.ReadAllRowsAsync(cancellationToken);
    }

    /// <summary>A session in the memory catalog's default schema.</summary>
    public static Session.Session MemorySession(ManifoldEngine engine) => engine.CreateSession(catalog: "memory", schema: "default");

    /// <summary>Runs SQL that must fail and returns the failure.</summary>
    public static async Task<ManifoldException> FailAsync(ManifoldEngine engine, Session.Session session, string sql)
        => await Assert.ThrowsAsync<ManifoldException>(() => RunAsync(engine, session, sql));
}
