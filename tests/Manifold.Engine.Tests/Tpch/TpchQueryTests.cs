using Manifold.Bench.Tpch;
using Manifold.Engine.Runtime;
using Manifold.Testing;

namespace Manifold.Engine.Tests.Tpch;

/// <summary>An engine with the TPC-H spec schema (STANDARD names, DECIMAL money) at <c>tiny</c>, and the same data copied
/// into the memory catalog, shared by the query tests.</summary>
public sealed class TpchTinyFixture : IAsyncLifetime
{
    private readonly TpchCatalogDirectory _etc = TpchCatalogDirectory.Create();

    public ManifoldEngine Engine { get; private set; } = null!;

    public string MemorySchema { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Engine = ManifoldEngine.Create(new EngineOptions { EtcDirectory = _etc.Path });
        MemorySchema = await TpchMemoryLoader.LoadAsync(Engine, 0.01);
    }

    public ValueTask DisposeAsync()
    {
        Engine.Dispose();
        _etc.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>All 22 TPC-H queries at scale 0.01 must match the reference answers (../shared/tpch/answers/sf0.01), read from
/// the tpch connector and from the memory catalog.</summary>
public sealed class TpchQueryTests(TpchTinyFixture fixture) : IClassFixture<TpchTinyFixture>
{
    public static TheoryData<int> Queries => new(Enumerable.Range(1, 22));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_matches_the_reference_answer_from_the_tpch_connector(int query)
        => await VerifyAsync(query, "tpch", "tiny");

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_matches_the_reference_answer_from_the_memory_catalog(int query)
        => await VerifyAsync(query, "memory", fixture.MemorySchema);

    private async Task VerifyAsync(int query, string catalog, string schema)
    {
        string queries = SharedCorpus.Require("tpch/queries");
        string answers = SharedCorpus.Require("tpch/answers/sf0.01");
        var session = fixture.Engine.CreateSession(catalog: catalog, schema: schema);
        string? failure = await TpchVerifier.VerifyAsync(fixture.Engine, session, TpchQueries.Read(queries, query),
            Path.Combine(answers, TpchQueries.Name(query) + ".csv"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(failure);
    }
}
