using Manifold.Engine.Runtime;

namespace Manifold.Bench.Tpch;

/// <summary>Runs a TPC-H query and compares its result with an answer file.</summary>
/// <example>A test over all 22 queries at <c>tiny</c>:
/// <code>
/// using var etc = TpchCatalogDirectory.Create();
/// using var engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = etc.Path });
/// var session = engine.CreateSession(catalog: "tpch", schema: "tiny");
/// string? failure = await TpchVerifier.VerifyAsync(engine, session, TpchQueries.Read(queries, 1),
///     Path.Combine(answers, "q01.csv"));
/// Assert.Null(failure);
/// </code></example>
public static class TpchVerifier
{
    /// <summary>Null when the result of <paramref name="sql"/> matches the answer file, else the first difference.</summary>
    public static async Task<string?> VerifyAsync(ManifoldEngine engine, Engine.Session.Session session, string sql,
        string answerPath, ResultComparer? comparer = null, CancellationToken cancellationToken = default)
    {
        await using QueryResult result = await engine.ExecuteAsync(session, sql, cancellationToken).ConfigureAwait(false);
        List<string?[]> actual = await ResultRows.ReadAsync(result, cancellationToken).ConfigureAwait(false);
        return (comparer ?? ResultComparer.Default).Compare(AnswerFile.Read(answerPath), actual);
    }
}
