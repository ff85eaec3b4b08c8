using Manifold.Engine.Runtime;

namespace Manifold.Bench.Tpch;

/// <summary>Copies the eight TPC-H tables of a scale factor from the <c>tpch</c> catalog into another catalog
/// (<c>memory</c>) with <c>CREATE TABLE … AS SELECT * FROM tpch.…</c>.</summary>
public static class TpchMemoryLoader
{
    /// <summary>Creates schema <see cref="TpchSchemas.CopySchema"/> in <paramref name="catalog"/> and copies every table
    /// into it. Returns the schema name.</summary>
    public static async Task<string> LoadAsync(ManifoldEngine engine, double scale, string catalog = "memory",
        CancellationToken cancellationToken = default)
    {
        string source = TpchSchemas.Quote(TpchSchemas.TpchSchema(scale));
        string target = TpchSchemas.CopySchema(scale);
        Engine.Session.Session session = engine.CreateSession(catalog: catalog, schema: target);
        await ExecuteAsync(engine, session, $"CREATE SCHEMA IF NOT EXISTS {catalog}.{target}", cancellationToken).ConfigureAwait(false);
        foreach (string table in TpchTables.Names)
        {
            await ExecuteAsync(engine, session, $"CREATE TABLE {catalog}.{target}.{table} AS SELECT * FROM tpch.{source}.{table}",
                cancellationToken).ConfigureAwait(false);
        }
        return target;
    }

    private static async Task ExecuteAsync(ManifoldEngine engine, Engine.Session.Session session, string sql,
        CancellationToken cancellationToken)
    {
        await using QueryResult result = await engine.ExecuteAsync(session, sql, cancellationToken).ConfigureAwait(false);
        while (await result.NextPageAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }
    }
}
